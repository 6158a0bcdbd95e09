import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PlanOverview } from '../types.ts';
import { planKeys } from './keys.ts';

export function getPlan(signal?: AbortSignal): Promise<PlanOverview> {
  return api.get<PlanOverview>('/api/v1/plan', undefined, signal);
}

export function usePlan() {
  return useQuery({ queryKey: planKeys.overview, queryFn: ({ signal }) => getPlan(signal) });
}
