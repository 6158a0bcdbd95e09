import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client.ts';
import type { ComparisonReport, ComparisonShares, ComparisonSharesInput } from '../types.ts';
import { reportKeys } from './keys.ts';

const URL = '/api/v1/reports/comparison';

/** The plans side by side for a year as JSON, or (with a format) the address of its download. */
export function comparisonUrl(year: number, format?: 'csv' | 'xlsx'): string {
  return `${URL}?year=${year}${format ? `&format=${format}` : ''}`;
}

export function useComparison(year: number) {
  return useQuery({
    queryKey: reportKeys.comparison(year),
    queryFn: ({ signal }) => api.get<ComparisonReport>(comparisonUrl(year), undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useComparisonShares(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.comparisonShares,
    queryFn: ({ signal }) => api.get<ComparisonShares>(`${URL}/shares`, undefined, signal),
    enabled,
  });
}

export function useSetComparisonShares() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ComparisonSharesInput) =>
      apiRequest<ComparisonShares>(`${URL}/shares`, { method: 'PUT', body: input }),
    onSuccess: (answer) => queryClient.setQueryData(reportKeys.comparisonShares, answer),
  });
}
