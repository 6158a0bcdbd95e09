import { da } from '@helhed/core';
import type { ReactNode } from 'react';
import { useCan, useSession } from '../../auth/api/get-session.ts';

/** Children only for roles that work with residents' data (leader, worker); others get a plain note. */
export function RegistrationGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const can = useCan();
  if (!session.data) return null;
  if (!can('registration.read')) return <p className="notice">{da.registrationUi.noAccess}</p>;
  return <>{children}</>;
}

export function useIsLeader(): boolean {
  return useSession().data?.user.role === 'leader';
}
