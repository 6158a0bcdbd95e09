import { api } from '../../../lib/api-client.ts';
import type { CksMeeting } from './get-cks-meetings.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type CreateCksMeetingBody = {
  clientKey: string;
  heldOn: string;
  areaId: string | null;
  attendance: CksMeeting['attendance'];
  agreements: string;
};

export function useCreateCksMeeting() {
  return useRegistrationMutation((body: CreateCksMeetingBody) =>
    api.post<null>('/api/v1/cks-meetings', body),
  );
}
