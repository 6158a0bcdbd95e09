import { useMutation, useQueryClient } from '@tanstack/react-query';
import { alertingKeys } from './keys.ts';

/** One change to an incident (activate, log, meeting …); the incident and the list are refetched after it. */
export function useIncidentMutation<TInput, TResult>(
  id: string,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: alertingKeys.incident(id) });
      void queryClient.invalidateQueries({ queryKey: alertingKeys.incidents });
    },
  });
}
