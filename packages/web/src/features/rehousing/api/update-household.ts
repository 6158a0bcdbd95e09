import { apiRequest } from '../../../lib/api-client.ts';
import type { HouseholdDetail } from '../types.ts';
import { householdPath } from './keys.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

export function updateHousehold(id: string, body: Record<string, unknown>): Promise<HouseholdDetail> {
  return apiRequest<HouseholdDetail>(householdPath(id), { method: 'PATCH', body });
}

export function useUpdateHousehold(id: string) {
  return useRehousingMutation((body: Record<string, unknown>) => updateHousehold(id, body));
}
