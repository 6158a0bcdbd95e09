import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type HandoverAnswer = { cases: number; households: number; from: string; to: string };

/** Moves all open forløb and households of one worker to another. */
export function useHandOver() {
  return useMutation({
    mutationFn: (input: { fromId: string; toUserId: string }) =>
      api.post<HandoverAnswer>(`/api/v1/users/${input.fromId}/handover`, { toUserId: input.toUserId }),
  });
}
