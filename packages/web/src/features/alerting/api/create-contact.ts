import { api } from '../../../lib/api-client.ts';
import type { Contact, ContactInput } from '../types.ts';
import { ALERTING_PATH } from './keys.ts';

/** `clientKey` makes a retried request idempotent: the server adds the person once per key. */
export function createContact(clientKey: string, values: ContactInput): Promise<Contact> {
  return api.post<Contact>(`${ALERTING_PATH}/contacts`, { clientKey, ...values });
}
