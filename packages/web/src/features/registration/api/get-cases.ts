import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { CaseSummary } from '../types.ts';
import { registrationKeys } from './keys.ts';

export const CASE_PAGE_SIZE = 50;
export const CASE_FILTERS = ['scope', 'status', 'activityId', 'q'] as const;
export type CaseFilter = (typeof CASE_FILTERS)[number];

/** One page of the caseload, as the address describes it; the last page stays while the next loads. */
export function useCasePage(view: ListView<CaseFilter>) {
  const query = {
    ...view.filters,
    scope: view.filters.scope || 'mine',
    sort: view.sort,
    dir: view.dir,
    limit: CASE_PAGE_SIZE,
    offset: view.offset,
  };
  return useQuery({
    queryKey: registrationKeys.cases(query),
    queryFn: ({ signal }) => api.get<{ cases: CaseSummary[]; total: number }>('/api/v1/cases', query, signal),
    placeholderData: keepPreviousData,
  });
}
