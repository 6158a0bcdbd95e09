import { api } from '../../../lib/api-client.ts';
import type { Milestone, MilestonePatchRequest } from '../types.ts';
import { MILESTONES_PATH } from './keys.ts';
import { useMilestoneMutation } from './milestone-mutation.ts';

export function updateMilestone(input: { id: string; body: MilestonePatchRequest }): Promise<Milestone> {
  return api.patch<Milestone>(`${MILESTONES_PATH}/${encodeURIComponent(input.id)}`, input.body);
}

export function useUpdateMilestone() {
  return useMilestoneMutation(updateMilestone);
}
