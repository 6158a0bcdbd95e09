import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { authKeys } from './keys.ts';

/** Ends one of the signed-in user's other sessions. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/api/v1/auth/sessions/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.mySessions }),
  });
}
