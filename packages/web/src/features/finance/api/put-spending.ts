import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { SpendingRequest } from '../types.ts';
import { FINANCE_PATH, financeKeys } from './keys.ts';

export function usePutSpending() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SpendingRequest) => api.put<{ ok: true }>(`${FINANCE_PATH}/spending`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: financeKeys.all }),
  });
}
