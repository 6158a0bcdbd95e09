import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Budget } from '../types.ts';
import { FINANCE_PATH, financeKeys } from './keys.ts';

export function useBudget(year: number) {
  return useQuery({
    queryKey: financeKeys.budget(year),
    queryFn: ({ signal }) => api.get<Budget>(`${FINANCE_PATH}/budget`, { year }, signal),
    placeholderData: keepPreviousData,
  });
}
