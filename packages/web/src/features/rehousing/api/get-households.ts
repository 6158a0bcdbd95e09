import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { Household } from '../types.ts';
import { REHOUSING_PATH, rehousingKeys } from './keys.ts';

export const HOUSEHOLD_PAGE_SIZE = 50;
export const HOUSEHOLD_FILTERS = ['phaseId', 'status', 'q'] as const;
export type HouseholdFilter = (typeof HOUSEHOLD_FILTERS)[number];

/** One page of the households the user may see, as the address describes it. */
export function useHouseholdPage(view: ListView<HouseholdFilter>) {
  const query = {
    ...view.filters,
    sort: view.sort,
    dir: view.dir,
    limit: HOUSEHOLD_PAGE_SIZE,
    offset: view.offset,
  };
  return useQuery({
    queryKey: rehousingKeys.households(query),
    queryFn: ({ signal }) =>
      api.get<{ households: Household[]; total: number }>(`${REHOUSING_PATH}/households`, query, signal),
    placeholderData: keepPreviousData,
  });
}
