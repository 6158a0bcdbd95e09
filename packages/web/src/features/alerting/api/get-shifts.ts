import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Shift } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export async function getShifts(signal?: AbortSignal): Promise<Shift[]> {
  return (await api.get<{ shifts: Shift[] }>(`${ALERTING_PATH}/shifts`, undefined, signal)).shifts;
}

export function useShifts() {
  return useQuery({ queryKey: alertingKeys.shifts, queryFn: ({ signal }) => getShifts(signal) });
}
