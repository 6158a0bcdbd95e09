import { api } from '../../../lib/api-client.ts';
import type { CourseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useEnrolParticipant(courseId: string) {
  return useRegistrationMutation((body: { participantId: string; enrolledOn: string }) =>
    api.post<CourseDetail>(`/api/v1/group-courses/${courseId}/enrolments`, body),
  );
}
