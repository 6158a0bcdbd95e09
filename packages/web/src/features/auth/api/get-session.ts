import type { Action } from '@helhed/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../../../lib/api-client.ts';
import type { Session } from '../../../types/api.ts';
import { authKeys } from './keys.ts';

/** The signed-in session, or null when nobody is signed in. */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/v1/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: authKeys.session, queryFn: getSession, staleTime: 5 * 60_000 });
}

/**
 * Whether the signed-in user may perform an action, as the session's abilities say: the pages ask
 * this instead of copying the server's access table, and the server still decides every request.
 */
export function useCan(): (action: Action) => boolean {
  const abilities = useSession().data?.abilities;
  return (action) => abilities?.includes(action) ?? false;
}
