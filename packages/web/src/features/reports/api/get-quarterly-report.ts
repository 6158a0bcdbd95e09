import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { QuarterlyReport } from '../types.ts';
import { type ReportFormat, reportKeys } from './keys.ts';

/** The leverancemåling of a quarter as JSON, or (with a format) the address of its download. */
export function quarterlyUrl(quarter: string, format?: ReportFormat): string {
  return `/api/v1/reports/quarterly?quarter=${encodeURIComponent(quarter)}${format ? `&format=${format}` : ''}`;
}

export function getQuarterlyReport(quarter: string, signal?: AbortSignal): Promise<QuarterlyReport> {
  return api.get<QuarterlyReport>(quarterlyUrl(quarter), undefined, signal);
}

export function useQuarterlyReport(quarter: string) {
  return useQuery({
    queryKey: reportKeys.quarterly(quarter),
    queryFn: ({ signal }) => getQuarterlyReport(quarter, signal),
    placeholderData: keepPreviousData,
  });
}
