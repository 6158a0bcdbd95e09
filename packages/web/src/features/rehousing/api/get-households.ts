import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Household } from '../types.ts';
import { REHOUSING_PATH, rehousingKeys } from './keys.ts';

/** The households of a phase ('' for all) that the user may see. */
export async function getHouseholds(phaseId: string, signal?: AbortSignal): Promise<Household[]> {
  const answer = await api.get<{ households: Household[] }>(
    `${REHOUSING_PATH}/households`,
    { phaseId: phaseId || undefined },
    signal,
  );
  return answer.households;
}

export function useHouseholds(phaseId: string) {
  return useQuery({
    queryKey: rehousingKeys.households(phaseId),
    queryFn: ({ signal }) => getHouseholds(phaseId, signal),
  });
}
