import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Budget, BudgetRequest } from '../types.ts';
import { FINANCE_PATH, financeKeys } from './keys.ts';

export function usePutBudget(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetRequest) => api.put<Budget>(`${FINANCE_PATH}/budget/${year}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: financeKeys.all }),
  });
}
