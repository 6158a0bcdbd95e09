import { api } from '../../../lib/api-client.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

/** Sends the alert to the contacts; answers how many were alerted. */
export function activateIncident(id: string): Promise<{ alerted: number }> {
  return api.post<{ alerted: number }>(`${incidentPath(id)}/activate`);
}

export function useActivateIncident(id: string) {
  return useIncidentMutation<void, { alerted: number }>(id, () => activateIncident(id));
}
