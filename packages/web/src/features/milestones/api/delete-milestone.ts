import { api } from '../../../lib/api-client.ts';
import { MILESTONES_PATH } from './keys.ts';
import { useMilestoneMutation } from './milestone-mutation.ts';

export function deleteMilestone(id: string): Promise<{ ok: true }> {
  return api.delete<{ ok: true }>(`${MILESTONES_PATH}/${encodeURIComponent(id)}`);
}

export function useDeleteMilestone() {
  return useMilestoneMutation(deleteMilestone);
}
