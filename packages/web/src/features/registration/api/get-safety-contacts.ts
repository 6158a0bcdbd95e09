import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { SafetyContact } from '../types.ts';
import { registrationKeys } from './keys.ts';

export type { SafetyContact };
export const SITUATION_PAGE_SIZE = 25;

/** One page of tryghed contacts, newest first unless the address says otherwise. */
export function useSafetyContactPage(view: ListView<'q'>) {
  const query = { q: view.filters.q, dir: view.dir, limit: SITUATION_PAGE_SIZE, offset: view.offset };
  return useQuery({
    queryKey: [...registrationKeys.safetyContacts, query],
    queryFn: ({ signal }) =>
      api.get<{ contacts: SafetyContact[]; total: number }>('/api/v1/safety-contacts', query, signal),
    placeholderData: keepPreviousData,
  });
}
