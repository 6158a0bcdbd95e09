import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Plan } from '../../../types/api.ts';

export function getPlan(signal?: AbortSignal): Promise<Plan> {
  return api.get<Plan>('/api/v1/plan', undefined, signal);
}

export function usePlan() {
  return useQuery({ queryKey: ['plan'], queryFn: ({ signal }) => getPlan(signal) });
}
