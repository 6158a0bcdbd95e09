import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { StatusView } from '../types.ts';
import { REHOUSING_PATH, rehousingKeys } from './keys.ts';

/** The committee table "pr. dato" for a phase ('' for all), the series behind the chart and the progress. */
export function getStatus(phaseId: string, date: string, signal?: AbortSignal): Promise<StatusView> {
  return api.get<StatusView>(`${REHOUSING_PATH}/status`, { phaseId: phaseId || undefined, date }, signal);
}

export function useStatus(phaseId: string, date: string) {
  return useQuery({
    queryKey: rehousingKeys.status(phaseId, date),
    queryFn: ({ signal }) => getStatus(phaseId, date, signal),
  });
}

/** The address of the same table as a download. */
export function statusExportUrl(phaseId: string, date: string, format: 'csv' | 'xlsx' | 'pdf'): string {
  const query = new URLSearchParams({ date, ...(phaseId ? { phaseId } : {}) });
  return `${REHOUSING_PATH}/status/export?${query}&format=${format}`;
}
