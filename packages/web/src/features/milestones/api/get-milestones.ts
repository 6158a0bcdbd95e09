import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MilestoneList } from '../types.ts';
import { MILESTONES_PATH, milestoneKeys } from './keys.ts';

export function getMilestones(signal?: AbortSignal): Promise<MilestoneList> {
  return api.get<MilestoneList>(MILESTONES_PATH, undefined, signal);
}

export function useMilestones() {
  return useQuery({ queryKey: milestoneKeys.list, queryFn: ({ signal }) => getMilestones(signal) });
}
