import { api } from '../../../lib/api-client.ts';
import type { CourseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function usePublishEvaluation(courseId: string) {
  return useRegistrationMutation((body: { text: string; acceptedNames: string[] }) =>
    api.put<CourseDetail>(`/api/v1/group-courses/${courseId}/evaluation/publication`, body),
  );
}
