import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AnnualReport, QuarterlyReport } from '../types.ts';

export const reportKeys = {
  quarterly: (quarter: string) => ['reports', 'quarterly', quarter] as const,
  annual: (year: number) => ['reports', 'annual', year] as const,
};

export function quarterlyUrl(quarter: string, format?: 'csv' | 'xlsx' | 'pdf'): string {
  return `/api/v1/reports/quarterly?quarter=${encodeURIComponent(quarter)}${format ? `&format=${format}` : ''}`;
}

export function annualUrl(year: number, format?: 'csv' | 'xlsx' | 'pdf'): string {
  return `/api/v1/reports/annual?year=${year}${format ? `&format=${format}` : ''}`;
}

export function useQuarterlyReport(quarter: string) {
  return useQuery({
    queryKey: reportKeys.quarterly(quarter),
    queryFn: ({ signal }) => api.get<QuarterlyReport>(quarterlyUrl(quarter), undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAnnualReport(year: number) {
  return useQuery({
    queryKey: reportKeys.annual(year),
    queryFn: ({ signal }) => api.get<AnnualReport>(annualUrl(year), undefined, signal),
    placeholderData: keepPreviousData,
  });
}
