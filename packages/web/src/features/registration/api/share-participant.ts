import { api } from '../../../lib/api-client.ts';
import type { ParticipantDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useShareParticipant(participantId: string) {
  return useRegistrationMutation((body: { userId: string }) =>
    api.post<ParticipantDetail>(`/api/v1/participants/${participantId}/shares`, body),
  );
}
