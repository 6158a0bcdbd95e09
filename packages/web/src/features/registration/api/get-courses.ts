import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CourseSummary } from '../types.ts';
import { registrationKeys } from './keys.ts';

export function useCourses() {
  return useQuery({
    queryKey: registrationKeys.courses,
    queryFn: ({ signal }) =>
      api
        .get<{ courses: CourseSummary[] }>('/api/v1/group-courses', undefined, signal)
        .then((r) => r.courses),
  });
}
