import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { HouseholdDetail } from '../types.ts';
import { householdPath, rehousingKeys } from './keys.ts';

export function getHousehold(id: string, signal?: AbortSignal): Promise<HouseholdDetail> {
  return api.get<HouseholdDetail>(householdPath(id), undefined, signal);
}

/** No retry: a household outside the user's team answers 404, and asking again will not change that. */
export function useHousehold(id: string) {
  return useQuery({
    queryKey: rehousingKeys.household(id),
    queryFn: ({ signal }) => getHousehold(id, signal),
    retry: false,
  });
}
