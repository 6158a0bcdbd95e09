import { api } from '../../../lib/api-client.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

export function closeIncident(id: string): Promise<unknown> {
  return api.post(`${incidentPath(id)}/close`);
}

export function useCloseIncident(id: string) {
  return useIncidentMutation<void, unknown>(id, () => closeIncident(id));
}
