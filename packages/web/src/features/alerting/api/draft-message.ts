import { api } from '../../../lib/api-client.ts';
import type { DraftInput } from '../types.ts';
import { useIncidentMutation } from './incident-mutation.ts';
import { incidentPath } from './keys.ts';

export type { DraftInput } from '../types.ts';

/** Drafts a crisis message; it goes out only after approval. */
export function draftMessage(id: string, input: DraftInput): Promise<unknown> {
  return api.post(`${incidentPath(id)}/messages`, input);
}

export function useDraftMessage(id: string) {
  return useIncidentMutation(id, (input: DraftInput) => draftMessage(id, input));
}
