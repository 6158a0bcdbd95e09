/**
 * The reports module's public face, used by its routes, the CLI and other modules (genhusning,
 * Program Vollsmose): quarterly leverancemåling and annual indicator follow-up, discretion-safe.
 */

export { buildAnnualReport } from './annual.ts';
export type {
  ActivityRow,
  AreaRow,
  QuarterlyReport,
  QuarterMetrics,
  QuarterSection,
  ReportScope,
} from './contract.ts';
export type { AnnualReport, IndicatorAreaRow, IndicatorReport } from './contract-annual.ts';
export { CountBook } from './count-book.ts';
export {
  lastCompletedQuarter,
  parseQuarter,
  parseReportYear,
  type Quarter,
  quarterOf,
  sameQuarterYearBefore,
} from './quarter.ts';
export { buildQuarterlyReport } from './quarterly.ts';
export { renderAnnual, renderQuarterly } from './render.ts';
export { annualReportJson, quarterlyReportJson } from './serialize.ts';
