import { api } from '../../../lib/api-client.ts';
import type { CourseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useCompleteEnrolment(courseId: string, enrolmentId: string) {
  return useRegistrationMutation((body: { completed: boolean; diplomaOn: string | null }) =>
    api.post<CourseDetail>(`/api/v1/group-courses/${courseId}/enrolments/${enrolmentId}/completion`, body),
  );
}
