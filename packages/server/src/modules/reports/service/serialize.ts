import type { AnnualReport } from '../contract/annual.ts';
import { AnnualReportSchema } from '../contract/annual.ts';
import { type QuarterlyReport, QuarterlyReportSchema } from '../contract/quarterly.ts';

/**
 * The reports' JSON exactly as the API writes it: the API's serializer parses the value with the
 * route's response schema (fixing the key order) and stringifies the result. The CLI uses these,
 * so `helhed report … --format json` and the API answer byte for byte the same.
 */
export function quarterlyReportJson(report: QuarterlyReport): string {
  return JSON.stringify(QuarterlyReportSchema.parse(report));
}

export function annualReportJson(report: AnnualReport): string {
  return JSON.stringify(AnnualReportSchema.parse(report));
}
