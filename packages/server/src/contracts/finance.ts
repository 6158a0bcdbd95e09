// The finance API's schemas and the named types of its answers, for the web app (types only).
import type { z } from 'zod';
import type * as contract from '../modules/finance/contract/finance.ts';

export * from '../modules/finance/contract/finance.ts';
export * from '../modules/finance/contract/vocabularies.ts';

export type Budget = z.output<typeof contract.BudgetView>;
export type BudgetRequest = z.input<typeof contract.BudgetBody>;
export type SettingsRequest = z.input<typeof contract.SettingsBody>;
export type FinanceChanges = z.output<typeof contract.ChangeList>;
export type Comparison = z.output<typeof contract.ComparisonView>;
export type SpendingRequest = z.input<typeof contract.SpendingBody>;
export type ImportColumns = z.output<typeof contract.ImportColumns>;
export type ImportResult = z.output<typeof contract.ImportResult>;
