import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CourseDetail, CourseSummary } from '../types.ts';

export function useCourses() {
  return useQuery({
    queryKey: ['registration', 'courses'],
    queryFn: ({ signal }) =>
      api
        .get<{ courses: CourseSummary[] }>('/api/v1/group-courses', undefined, signal)
        .then((r) => r.courses),
  });
}

export function useCourse(id: string) {
  return useQuery({
    queryKey: ['registration', 'course', id],
    queryFn: ({ signal }) => api.get<CourseDetail>(`/api/v1/group-courses/${id}`, undefined, signal),
    retry: false,
  });
}
