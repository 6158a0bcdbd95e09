import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Incident } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export async function getIncidents(signal?: AbortSignal): Promise<Incident[]> {
  return (await api.get<{ incidents: Incident[] }>(`${ALERTING_PATH}/incidents`, undefined, signal))
    .incidents;
}

export function useIncidents(enabled = true) {
  return useQuery({
    queryKey: alertingKeys.incidents,
    queryFn: ({ signal }) => getIncidents(signal),
    enabled,
  });
}
