export type {
  Budget,
  BudgetRequest,
  Comparison,
  FinanceChanges,
  ImportColumns,
  ImportResult,
  SpendingRequest,
} from '@helhed/server/contracts/finance';
