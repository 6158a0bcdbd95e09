import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** bigint: read as a string (never rounded), written as a number. */
type Kroner = ColumnType<string, number, number>;

/** One cell of a year's budget in whole kroner (migration 0023). */
export interface FinanceBudgetLineTable {
  id: Generated<string>;
  plan_id: string;
  year: number;
  funding_source: string;
  cost_line: string;
  focus_area_id: string | null;
  amount: Kroner;
}

export interface FinanceSettingTable {
  id: Generated<string>;
  plan_id: string;
  /** numeric(5,2), read as a string. */
  cofinancing_minimum_percent: ColumnType<string, number, number>;
}

/** The net spending of one month and cost line in whole kroner; negative after a credit note. */
export interface FinanceSpendingTable {
  id: Generated<string>;
  plan_id: string;
  year: number;
  month: number;
  cost_line: string;
  focus_area_id: string | null;
  amount: Kroner;
  source: 'entered' | 'imported';
  changed_at: Timestamp;
  changed_by: string | null;
}

export interface FinanceImportMappingTable {
  id: Generated<string>;
  plan_id: string;
  month_column: string;
  cost_line_column: string;
  amount_column: string;
  changed_at: Timestamp;
}

export interface FinanceModuleTables {
  finance_budget_line: FinanceBudgetLineTable;
  finance_setting: FinanceSettingTable;
  finance_spending: FinanceSpendingTable;
  finance_import_mapping: FinanceImportMappingTable;
}
