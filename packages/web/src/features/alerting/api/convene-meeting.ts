import { api } from '../../../lib/api-client.ts';
import type { MeetingInput } from '../types.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

export type { MeetingInput } from '../types.ts';

export function conveneMeeting(id: string, input: MeetingInput): Promise<unknown> {
  return api.post(`${incidentPath(id)}/meetings`, input);
}

export function useConveneMeeting(id: string) {
  return useIncidentMutation(id, (input: MeetingInput) => conveneMeeting(id, input));
}
