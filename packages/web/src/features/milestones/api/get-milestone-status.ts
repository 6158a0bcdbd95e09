import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MilestoneStatusView } from '../types.ts';
import { MILESTONES_PATH, milestoneKeys } from './keys.ts';

export function getMilestoneStatus(signal?: AbortSignal): Promise<MilestoneStatusView> {
  return api.get<MilestoneStatusView>(`${MILESTONES_PATH}/status`, undefined, signal);
}

/** The plan overview's counts and next milestones; only asked for by roles that may read them. */
export function useMilestoneStatus(enabled: boolean) {
  return useQuery({
    queryKey: milestoneKeys.status,
    queryFn: ({ signal }) => getMilestoneStatus(signal),
    enabled,
  });
}
