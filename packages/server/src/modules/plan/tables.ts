import type { ColumnType, Generated } from 'kysely';

export interface PlanTable {
  id: Generated<string>;
  slug: string;
  name: string;
  municipality: string;
  period_start: string;
  period_end: string;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
