import { api } from '../../../lib/api-client.ts';
import type { AttendanceRequest } from '../types.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

export type AttendanceInput = AttendanceRequest & { meetingId: string };

/** Marks a person present at (or absent from) a meeting. */
export function recordAttendance(
  id: string,
  { meetingId, contactId, isPresent }: AttendanceInput,
): Promise<unknown> {
  return api.post(`${incidentPath(id)}/meetings/${encodeURIComponent(meetingId)}/attendance`, {
    contactId,
    isPresent,
  });
}

export function useRecordAttendance(id: string) {
  return useIncidentMutation(id, (input: AttendanceInput) => recordAttendance(id, input));
}
