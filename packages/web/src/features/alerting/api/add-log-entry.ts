import { api } from '../../../lib/api-client.ts';
import type { LogEntryInput } from '../types.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

export type { LogEntryInput } from '../types.ts';

/** Adds an update or a decision to the incident's log. */
export function addLogEntry(id: string, input: LogEntryInput): Promise<unknown> {
  return api.post(`${incidentPath(id)}/log`, input);
}

export function useAddLogEntry(id: string) {
  return useIncidentMutation(id, (input: LogEntryInput) => addLogEntry(id, input));
}
