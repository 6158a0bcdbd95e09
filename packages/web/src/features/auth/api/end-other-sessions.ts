import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { authKeys } from './keys.ts';

/** Ends every session of the signed-in user but this one. */
export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ended: number }>('/api/v1/auth/sessions/end-others'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.mySessions }),
  });
}
