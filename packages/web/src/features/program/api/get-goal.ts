import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Goal } from '../types.ts';
import { programKeys, programPath } from './keys.ts';

export function getGoal(slug: string, position: number, signal?: AbortSignal): Promise<Goal> {
  return api.get<Goal>(`${programPath(slug)}/goals/${position}`, undefined, signal);
}

export function useGoal(slug: string, position: number) {
  return useQuery({
    queryKey: programKeys.goal(slug, position),
    queryFn: ({ signal }) => getGoal(slug, position, signal),
  });
}
