import { api } from '../../../lib/api-client.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useEraseParticipant(participantId: string) {
  return useRegistrationMutation((body: { confirm: true }) =>
    api.post<null>(`/api/v1/participants/${participantId}/erase`, body),
  );
}
