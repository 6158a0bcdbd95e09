// The reports' JSON as the API sends it: the server's contract (modules/reports/contract/).
export type {
  ActivityRow,
  AnnualReport,
  AreaRow,
  BoardReview,
  Figure,
  IndicatorAreaRow,
  IndicatorReport,
  QuarterApproval,
  QuarterEvent,
  QuarterlyReport,
  QuarterMetrics,
  RecordBoardReviewInput,
  SafeCount,
  SentBack,
} from '@helhed/server/contracts/reports';
