import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { NewShift } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export type { NewShift } from '../types.ts';

export function addShift(input: NewShift): Promise<{ id: string }> {
  return api.post<{ id: string }>(`${ALERTING_PATH}/shifts`, input);
}

/** A new or removed shift changes the rota and moves the rota gaps. */
export function refetchRota(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: alertingKeys.shifts });
  void queryClient.invalidateQueries({ queryKey: alertingKeys.rotaGaps });
}

export function useAddShift() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addShift, onSuccess: () => refetchRota(queryClient) });
}
