import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ProgramReport } from '../types.ts';
import { programKeys, programPath } from './keys.ts';

/** The program report of a quarter ('' for the latest). */
export function getProgramReport(
  slug: string,
  quarter: string,
  signal?: AbortSignal,
): Promise<ProgramReport> {
  return api.get<ProgramReport>(`${programPath(slug)}/report`, quarter ? { quarter } : undefined, signal);
}

export function useProgramReport(slug: string, quarter: string) {
  return useQuery({
    queryKey: programKeys.report(slug, quarter),
    queryFn: ({ signal }) => getProgramReport(slug, quarter, signal),
    placeholderData: keepPreviousData,
  });
}

/** The address of the same report as a PDF, generated on demand (no quarter: the latest). */
export function programReportPdfUrl(slug: string, quarter?: string): string {
  return `${programPath(slug)}/report.pdf${quarter ? `?quarter=${quarter}` : ''}`;
}
