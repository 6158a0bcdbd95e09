import { api } from '../../../lib/api-client.ts';
import type { CourseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useSaveEvaluation(courseId: string) {
  return useRegistrationMutation((body: { endsOn: string; evaluation: string }) =>
    api.post<CourseDetail>(`/api/v1/group-courses/${courseId}/evaluation`, body),
  );
}
