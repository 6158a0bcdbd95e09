import { api } from '../../../lib/api-client.ts';
import type { Milestone, MilestoneRequest } from '../types.ts';
import { MILESTONES_PATH } from './keys.ts';
import { useMilestoneMutation } from './milestone-mutation.ts';

export function createMilestone(body: MilestoneRequest): Promise<Milestone> {
  return api.post<Milestone>(MILESTONES_PATH, body);
}

export function useCreateMilestone() {
  return useMilestoneMutation(createMilestone);
}
