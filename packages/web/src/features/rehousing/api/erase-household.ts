import { api } from '../../../lib/api-client.ts';
import { householdPath } from './keys.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

/** Erases the household's personal data; the counts stay. */
export function eraseHousehold(id: string): Promise<void> {
  return api.post<void>(`${householdPath(id)}/erase`, { confirm: true });
}

export function useEraseHousehold(id: string) {
  return useRehousingMutation<void, void>(() => eraseHousehold(id));
}
