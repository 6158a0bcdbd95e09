import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { GapRange, RotaGaps } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export type { GapRange } from '../types.ts';

/** The coming hours with no chief or no deputy on the rota. */
export async function getRotaGaps(signal?: AbortSignal): Promise<GapRange[]> {
  return (await api.get<RotaGaps>(`${ALERTING_PATH}/rota-gaps`, undefined, signal)).ranges;
}

export function useRotaGaps() {
  return useQuery({ queryKey: alertingKeys.rotaGaps, queryFn: ({ signal }) => getRotaGaps(signal) });
}
