/** Query keys of the reports. */
export const reportKeys = {
  quarterly: (quarter: string) => ['reports', 'quarterly', quarter] as const,
  annual: (year: number) => ['reports', 'annual', year] as const,
  boardReviews: (year: number) => ['reports', 'board-reviews', year] as const,
  quarterApproval: (quarter: string) => ['reports', 'quarter-approval', quarter] as const,
  comparison: (year: number) => ['reports', 'comparison', year] as const,
  comparisonShares: ['reports', 'comparison', 'shares'] as const,
  sentBack: ['reports', 'quarter-approval', 'sent-back'] as const,
};

/** The formats a report downloads in. */
export type ReportFormat = 'csv' | 'xlsx' | 'pdf';
