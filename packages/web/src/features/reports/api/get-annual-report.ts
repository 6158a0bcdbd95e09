import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AnnualReport } from '../types.ts';
import { type ReportFormat, reportKeys } from './keys.ts';

/** The annual report of a year as JSON, or (with a format) the address of its download. */
export function annualUrl(year: number, format?: ReportFormat): string {
  return `/api/v1/reports/annual?year=${year}${format ? `&format=${format}` : ''}`;
}

/** The annual status pack for the board and LBF: a download only. */
export function annualPackUrl(year: number, format: 'xlsx' | 'pdf'): string {
  return `/api/v1/reports/annual-pack?year=${year}&format=${format}`;
}

export function getAnnualReport(year: number, signal?: AbortSignal): Promise<AnnualReport> {
  return api.get<AnnualReport>(annualUrl(year), undefined, signal);
}

export function useAnnualReport(year: number) {
  return useQuery({
    queryKey: reportKeys.annual(year),
    queryFn: ({ signal }) => getAnnualReport(year, signal),
    placeholderData: keepPreviousData,
  });
}
