// The reports API's schemas and the named types of its queries and answers, for the web app and the
// CLI (the web imports types only). The schemas live in modules/reports/contract/.

/** A count as published: the number, or "x" where discretion hides it (defined once, in core). */
export type { SafeCount } from '@helhed/core';
export type {
  AnnualReport,
  AnnualReportQuery,
  Figure,
  IndicatorAreaRow,
  IndicatorReport,
} from '../modules/reports/contract/annual.ts';
export * from '../modules/reports/contract/annual.ts';
export type { BoardReview, RecordBoardReviewInput } from '../modules/reports/contract/board-review.ts';
export * from '../modules/reports/contract/board-review.ts';
export type {
  ComparisonFigures,
  ComparisonIndicator,
  ComparisonPlan,
  ComparisonReport,
  ComparisonShares,
  ComparisonSharesInput,
} from '../modules/reports/contract/comparison.ts';
export * from '../modules/reports/contract/comparison.ts';
export type {
  QuarterApproval,
  QuarterEvent,
  SentBack,
} from '../modules/reports/contract/quarter-approval.ts';
export * from '../modules/reports/contract/quarter-approval.ts';
export type {
  ActivityRow,
  AreaRow,
  QuarterlyReport,
  QuarterlyReportQuery,
  QuarterMetrics,
  QuarterSection,
} from '../modules/reports/contract/quarterly.ts';
export * from '../modules/reports/contract/quarterly.ts';
export type { ReportFormat, ReportPlan, SyntheticMark } from '../modules/reports/contract/shared.ts';
export * from '../modules/reports/contract/shared.ts';
