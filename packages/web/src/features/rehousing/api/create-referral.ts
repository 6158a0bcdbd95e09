import { api } from '../../../lib/api-client.ts';
import { type AppendBody, householdPath } from './keys.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

/** Refers the household to one of the plan's activities; answers the participant made or found. */
export function createReferral(householdId: string, body: AppendBody): Promise<{ participantId: string }> {
  return api.post<{ participantId: string }>(`${householdPath(householdId)}/referrals`, body);
}

export function useCreateReferral(householdId: string) {
  return useRehousingMutation((body: AppendBody) => createReferral(householdId, body));
}
