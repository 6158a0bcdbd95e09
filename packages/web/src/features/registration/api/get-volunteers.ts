import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { Volunteers } from '../types.ts';
import { registrationKeys } from './keys.ts';

export type { Volunteers };

export const VOLUNTEER_PAGE_SIZE = 50;
export const VOLUNTEER_FILTERS = ['q', 'year'] as const;

/** One page of the volunteers as the address describes it, with the chosen year's count of new ones. */
export function useVolunteerPage(view: ListView<(typeof VOLUNTEER_FILTERS)[number]>, year: number) {
  const query: Record<string, string | number> = {
    sort: view.sort,
    dir: view.dir,
    limit: VOLUNTEER_PAGE_SIZE,
    offset: view.offset,
    year,
  };
  if (view.filters.q) query.q = view.filters.q;
  return useQuery({
    queryKey: registrationKeys.volunteers(query),
    queryFn: ({ signal }) => api.get<Volunteers>('/api/v1/volunteers', query, signal),
    placeholderData: keepPreviousData,
  });
}
