import { api } from '../../../lib/api-client.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useWithdrawConsent(participantId: string) {
  return useRegistrationMutation((body: { withdrawnOn: string }) =>
    api.post<null>(`/api/v1/participants/${participantId}/consent-withdrawal`, body),
  );
}
