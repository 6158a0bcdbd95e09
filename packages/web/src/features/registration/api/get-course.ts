import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CourseDetail } from '../types.ts';
import { registrationKeys } from './keys.ts';

export function useCourse(id: string) {
  return useQuery({
    queryKey: registrationKeys.course(id),
    queryFn: ({ signal }) => api.get<CourseDetail>(`/api/v1/group-courses/${id}`, undefined, signal),
    retry: false,
  });
}
