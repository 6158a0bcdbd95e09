import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { programKeys, programPath } from './keys.ts';

/** A link between two plans' activities: `activityId` carries on `previousActivityId`. */
export type ContinuationInput = { activityId: string; previousActivityId: string };

export function useLinkContinuation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContinuationInput) =>
      api.post<{ id: string }>(`${programPath(slug)}/continuations`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  });
}

/** Removes a wrong link by its id; the register is loaded again. */
export function useUnlinkContinuation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      api.delete<null>(`${programPath(slug)}/continuations/${encodeURIComponent(linkId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  });
}
