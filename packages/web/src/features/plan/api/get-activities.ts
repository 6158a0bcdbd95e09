import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ActivitySummary } from '../types.ts';
import { planKeys } from './keys.ts';

export function getActivities(signal?: AbortSignal): Promise<{ activities: ActivitySummary[] }> {
  return api.get<{ activities: ActivitySummary[] }>('/api/v1/plan/activities', undefined, signal);
}

export function useActivities() {
  return useQuery({ queryKey: planKeys.activities, queryFn: ({ signal }) => getActivities(signal) });
}
