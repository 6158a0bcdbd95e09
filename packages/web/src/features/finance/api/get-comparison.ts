import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Comparison } from '../types.ts';
import { FINANCE_PATH, financeKeys } from './keys.ts';

export function useComparison(year: number) {
  return useQuery({
    queryKey: financeKeys.comparison(year),
    queryFn: ({ signal }) => api.get<Comparison>(`${FINANCE_PATH}/comparison`, { year }, signal),
    placeholderData: keepPreviousData,
  });
}
