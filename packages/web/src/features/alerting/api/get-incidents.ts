import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { Incident } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export const INCIDENT_PAGE_SIZE = 25;

/** One page of the plan's incidents, newest first unless the address says otherwise. */
export function useIncidentPage(view: ListView<never>, enabled = true) {
  const query = { dir: view.dir, limit: INCIDENT_PAGE_SIZE, offset: view.offset };
  return useQuery({
    queryKey: [...alertingKeys.incidents, query],
    queryFn: ({ signal }) =>
      api.get<{ incidents: Incident[]; total: number }>(`${ALERTING_PATH}/incidents`, query, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
