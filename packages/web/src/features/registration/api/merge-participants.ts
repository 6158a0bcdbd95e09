import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MergeRequest, ParticipantMerge } from '../types.ts';
import { registrationKeys } from './keys.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

type Merges = { merges: ParticipantMerge[] };

/** The participant's merges with their undo deadline (leader only). */
export function useParticipantMerges(participantId: string) {
  return useQuery({
    queryKey: registrationKeys.merges(participantId),
    queryFn: ({ signal }) =>
      api.get<Merges>(`/api/v1/participants/${participantId}/merges`, undefined, signal),
    retry: false,
  });
}

/**
 * Merges another record of the same person into this one. Afterwards every registration query is
 * fetched again except the merged-away record's own, which is now not found.
 */
export function useMergeParticipants(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeRequest) => api.post<Merges>(`/api/v1/participants/${participantId}/merge`, body),
    onSuccess: (_answer, body) => {
      const gone = JSON.stringify(registrationKeys.participant(body.duplicateId));
      return queryClient.invalidateQueries({
        queryKey: registrationKeys.all,
        predicate: (query) => JSON.stringify(query.queryKey) !== gone,
      });
    },
  });
}

/** Undoes a merge within its 30 days. */
export function useUndoMerge() {
  return useRegistrationMutation((mergeId: string) =>
    api.post<Merges>(`/api/v1/participant-merges/${mergeId}/undo`, {}),
  );
}
