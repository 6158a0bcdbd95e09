import { api } from '../../../lib/api-client.ts';
import type { Decision, ParticipantDetail, ReferralSource } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type AddReferralBody = {
  clientKey: string;
  source: ReferralSource;
  sourceOther: string;
  referredOn: string;
  reason: string;
  activityId: string;
  decision: Decision;
};

export function useAddReferral(participantId: string) {
  return useRegistrationMutation((body: AddReferralBody) =>
    api.post<ParticipantDetail>(`/api/v1/participants/${participantId}/referrals`, body),
  );
}
