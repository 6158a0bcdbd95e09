import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PhaseList } from '../types.ts';
import { REHOUSING_PATH, rehousingKeys } from './keys.ts';

/** The phases with the areas and departments a new phase can name. */
export function getPhases(signal?: AbortSignal): Promise<PhaseList> {
  return api.get<PhaseList>(`${REHOUSING_PATH}/phases`, undefined, signal);
}

export function usePhases() {
  return useQuery({ queryKey: rehousingKeys.phases, queryFn: ({ signal }) => getPhases(signal) });
}
