import { api } from '../../../lib/api-client.ts';
import type { HouseholdDetail } from '../types.ts';
import { type AppendBody, REHOUSING_PATH } from './keys.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

/** `clientKey` makes a retried request idempotent: the server writes the household up once per key. */
export function createHousehold(body: AppendBody): Promise<HouseholdDetail> {
  return api.post<HouseholdDetail>(`${REHOUSING_PATH}/households`, body);
}

export function useCreateHousehold() {
  return useRehousingMutation(createHousehold);
}
