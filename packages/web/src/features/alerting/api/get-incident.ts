import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { IncidentDetail } from '../types.ts';
import { alertingKeys, incidentPath } from './keys.ts';

export function getIncident(id: string, signal?: AbortSignal): Promise<IncidentDetail> {
  return api.get<IncidentDetail>(incidentPath(id), undefined, signal);
}

export function useIncident(id: string) {
  return useQuery({ queryKey: alertingKeys.incident(id), queryFn: ({ signal }) => getIncident(id, signal) });
}
