import { api } from '../../../lib/api-client.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

export function approveMessage(id: string, messageId: string): Promise<unknown> {
  return api.post(`${incidentPath(id)}/messages/${encodeURIComponent(messageId)}/approve`);
}

export function useApproveMessage(id: string) {
  return useIncidentMutation(id, (messageId: string) => approveMessage(id, messageId));
}
