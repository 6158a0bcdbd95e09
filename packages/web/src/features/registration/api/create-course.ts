import { api } from '../../../lib/api-client.ts';
import type { CourseDetail, CourseKind } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type CreateCourseBody = {
  clientKey: string;
  activityId: string;
  kind: CourseKind;
  title: string;
  startsOn: string;
  /** A whole number, or the typed text so that the server explains what is wrong with it. */
  sessionCount: number | string;
};

export function useCreateCourse() {
  return useRegistrationMutation((body: CreateCourseBody) =>
    api.post<CourseDetail>('/api/v1/group-courses', body),
  );
}
