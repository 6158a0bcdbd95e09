import { api } from '../../../lib/api-client.ts';
import type { HouseholdDetail } from '../types.ts';
import { type AppendBody, householdPath } from './keys.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

/** Appends an event (offer, answer, move, void …) to the household's history. */
export function addEvent(householdId: string, body: AppendBody): Promise<HouseholdDetail> {
  return api.post<HouseholdDetail>(`${householdPath(householdId)}/events`, body);
}

export function useAddEvent(householdId: string) {
  return useRehousingMutation((body: AppendBody) => addEvent(householdId, body));
}
