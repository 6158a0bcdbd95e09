import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { CksMeeting } from '../types.ts';
import { SITUATION_PAGE_SIZE } from './get-safety-contacts.ts';
import { registrationKeys } from './keys.ts';

export type { CksMeeting };

/** One page of CKS meetings, newest first unless the address says otherwise. */
export function useCksMeetingPage(view: ListView<'q'>) {
  const query = { q: view.filters.q, dir: view.dir, limit: SITUATION_PAGE_SIZE, offset: view.offset };
  return useQuery({
    queryKey: [...registrationKeys.cksMeetings, query],
    queryFn: ({ signal }) =>
      api.get<{ meetings: CksMeeting[]; total: number }>('/api/v1/cks-meetings', query, signal),
    placeholderData: keepPreviousData,
  });
}
