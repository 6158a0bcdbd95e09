import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import { authKeys } from './keys.ts';

export function signOut(): Promise<void> {
  return api.post<void>('/api/v1/auth/sign-out');
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.session[0] });
      queryClient.setQueryData(authKeys.session, null);
    },
  });
}
