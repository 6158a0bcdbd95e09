import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { SafetyContact } from '../types.ts';
import { registrationKeys } from './keys.ts';

export type { SafetyContact };

export function useSafetyContacts() {
  return useQuery({
    queryKey: registrationKeys.safetyContacts,
    queryFn: ({ signal }) =>
      api
        .get<{ contacts: SafetyContact[] }>('/api/v1/safety-contacts', undefined, signal)
        .then((r) => r.contacts),
  });
}
