import { api } from '../../../lib/api-client.ts';
import type { HouseholdDetail } from '../types.ts';
import { type AppendBody, householdPath } from './keys.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

/** Records the brobygger's contact, a connection to a local offer or the closing assessment. */
export function addFollowup(householdId: string, body: AppendBody): Promise<HouseholdDetail> {
  return api.post<HouseholdDetail>(`${householdPath(householdId)}/followups`, body);
}

export function useAddFollowup(householdId: string) {
  return useRehousingMutation((body: AppendBody) => addFollowup(householdId, body));
}
