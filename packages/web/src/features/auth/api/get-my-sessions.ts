import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { authKeys } from './keys.ts';

export type MySession = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ipAddress: string | null;
  userAgent: string | null;
  isCurrent: boolean;
};

/** Where the signed-in user is signed in. */
export function useMySessions() {
  return useQuery({
    queryKey: authKeys.mySessions,
    queryFn: ({ signal }) =>
      api.get<{ sessions: MySession[] }>('/api/v1/auth/sessions', undefined, signal).then((r) => r.sessions),
  });
}
