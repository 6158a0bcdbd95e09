import { apiRequest } from '../../../lib/api-client.ts';
import type { Contact, ContactInput } from '../types.ts';
import { ALERTING_PATH } from './keys.ts';

export function updateContact(id: string, values: ContactInput): Promise<Contact> {
  return apiRequest<Contact>(`${ALERTING_PATH}/contacts/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: values,
  });
}
