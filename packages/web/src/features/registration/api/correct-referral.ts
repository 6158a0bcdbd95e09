import { api } from '../../../lib/api-client.ts';
import type { ParticipantDetail, ReferralCorrectionRequest } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

/** A referral's source and text as they should have been, with the reason; the participant comes back. */
export function useCorrectReferral(referralId: string) {
  return useRegistrationMutation((body: ReferralCorrectionRequest) =>
    api.patch<ParticipantDetail>(`/api/v1/referrals/${referralId}`, body),
  );
}
