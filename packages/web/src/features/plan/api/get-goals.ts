import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Goal } from '../types.ts';
import { planKeys } from './keys.ts';

export function getGoals(signal?: AbortSignal): Promise<{ goals: Goal[] }> {
  return api.get<{ goals: Goal[] }>('/api/v1/plan/goals', undefined, signal);
}

export function useGoals() {
  return useQuery({ queryKey: planKeys.goals, queryFn: ({ signal }) => getGoals(signal) });
}
