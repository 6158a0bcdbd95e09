/** The milepælsplan's address and query keys; a change refetches the whole ['milestones'] tree. */
export const MILESTONES_PATH = '/api/v1/milestones';

export const milestoneKeys = {
  all: ['milestones'] as const,
  list: ['milestones', 'list'] as const,
  status: ['milestones', 'status'] as const,
  responsibles: ['milestones', 'responsibles'] as const,
};
