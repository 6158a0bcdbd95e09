/** Query keys of the finance pages; a change invalidates the whole ['finance'] tree. */
export const FINANCE_PATH = '/api/v1/finance';
export const financeKeys = {
  all: ['finance'] as const,
  budget: (year: number) => ['finance', 'budget', year] as const,
  comparison: (year: number) => ['finance', 'comparison', year] as const,
  changes: (offset: number) => ['finance', 'changes', offset] as const,
};
