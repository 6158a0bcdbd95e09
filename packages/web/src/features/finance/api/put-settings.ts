import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { FINANCE_PATH, financeKeys } from './keys.ts';

export function usePutSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cofinancingMinimumPercent: number) =>
      api.put<{ ok: true }>(`${FINANCE_PATH}/settings`, { cofinancingMinimumPercent }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: financeKeys.all }),
  });
}
