import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import type { Session } from '../../../types/api.ts';
import { authKeys } from './keys.ts';

export type SignInInput = { email: string; password: string };

export function signIn(input: SignInInput): Promise<Session> {
  return api.post<Session>('/api/v1/auth/sign-in', input);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // A new session: nothing cached from an earlier user may survive.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.session[0] });
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(authKeys.session, session);
    },
  });
}
