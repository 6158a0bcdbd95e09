import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SyntheticDatasetTable {
  id: Generated<string>;
  plan_id: string;
  seed_number: number;
  parameters: ColumnType<Record<string, unknown>, string, string>;
  created_at: Timestamp;
}

export interface SyntheticModuleTables {
  synthetic_dataset: SyntheticDatasetTable;
}
