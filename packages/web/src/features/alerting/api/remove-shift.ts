import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { refetchRota } from './add-shift.ts';
import { ALERTING_PATH } from './keys.ts';

export function removeShift(id: string): Promise<unknown> {
  return apiRequest(`${ALERTING_PATH}/shifts/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRemoveShift() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeShift, onSuccess: () => refetchRota(queryClient) });
}
