import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { CourseSummary } from '../types.ts';
import { registrationKeys } from './keys.ts';

export const COURSE_PAGE_SIZE = 50;
export const COURSE_FILTERS = ['q', 'activityId'] as const;

/** One page of the courses as the address describes it; the last page stays while the next loads. */
export function useCoursePage(view: ListView<(typeof COURSE_FILTERS)[number]>) {
  const query: Record<string, string | number> = {
    sort: view.sort,
    dir: view.dir,
    limit: COURSE_PAGE_SIZE,
    offset: view.offset,
  };
  for (const [key, value] of Object.entries(view.filters)) if (value) query[key] = value;
  return useQuery({
    queryKey: [...registrationKeys.courses, query],
    queryFn: ({ signal }) =>
      api.get<{ courses: CourseSummary[]; total: number }>('/api/v1/group-courses', query, signal),
    placeholderData: keepPreviousData,
  });
}
