import { api } from '../../../lib/api-client.ts';
import type { CourseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useUnpublishEvaluation(courseId: string) {
  return useRegistrationMutation((_: undefined) =>
    api.delete<CourseDetail>(`/api/v1/group-courses/${courseId}/evaluation/publication`),
  );
}
