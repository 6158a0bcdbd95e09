import { api } from '../../../lib/api-client.ts';
import type { CourseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type RecordAttendanceBody = {
  heldOn: string | null;
  presentEnrolmentIds: string[];
  anonymousCount: number | string | null;
};

export function useRecordAttendance(courseId: string, sessionId: string) {
  return useRegistrationMutation((body: RecordAttendanceBody) =>
    api.put<CourseDetail>(`/api/v1/group-courses/${courseId}/sessions/${sessionId}/attendance`, body),
  );
}
