import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ResponsibleList } from '../types.ts';
import { MILESTONES_PATH, milestoneKeys } from './keys.ts';

export function getResponsibles(signal?: AbortSignal): Promise<ResponsibleList> {
  return api.get<ResponsibleList>(`${MILESTONES_PATH}/responsibles`, undefined, signal);
}

/** The staff who may be responsible for a milestone; for the editors' form only. */
export function useResponsibles(enabled: boolean) {
  return useQuery({
    queryKey: milestoneKeys.responsibles,
    queryFn: ({ signal }) => getResponsibles(signal),
    enabled,
  });
}
