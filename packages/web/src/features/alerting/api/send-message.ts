import { api } from '../../../lib/api-client.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

/** Sends an approved crisis message; answers how many it went to. */
export function sendMessage(id: string, messageId: string): Promise<{ recipients: number }> {
  return api.post<{ recipients: number }>(
    `${incidentPath(id)}/messages/${encodeURIComponent(messageId)}/send`,
  );
}

export function useSendMessage(id: string) {
  return useIncidentMutation(id, (messageId: string) => sendMessage(id, messageId));
}
