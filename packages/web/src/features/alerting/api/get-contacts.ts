import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Contact } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export async function getContacts(signal?: AbortSignal): Promise<Contact[]> {
  return (await api.get<{ contacts: Contact[] }>(`${ALERTING_PATH}/contacts`, undefined, signal)).contacts;
}

export function useContacts() {
  return useQuery({ queryKey: alertingKeys.contacts, queryFn: ({ signal }) => getContacts(signal) });
}
