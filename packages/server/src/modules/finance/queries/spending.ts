import type { Db } from '../../../platform/db/database.ts';

export function listSpending(db: Db, planId: string, year: number) {
  return db
    .selectFrom('finance_spending')
    .select(['month', 'cost_line', 'focus_area_id', 'amount', 'source'])
    .where('plan_id', '=', planId)
    .where('year', '=', year)
    .orderBy('month')
    .execute();
}

export interface SpendingCell {
  plan_id: string;
  year: number;
  month: number;
  cost_line: string;
  focus_area_id: string | null;
  amount: number;
  source: 'entered' | 'imported';
  changed_by: string | null;
}

/** Sets one month and cost line: the row is replaced by this amount. */
export async function setSpendingCell(db: Db, cell: SpendingCell): Promise<void> {
  await db
    .insertInto('finance_spending')
    .values(cell)
    .onConflict((oc) =>
      oc.constraint('finance_spending_cell_key').doUpdateSet({
        amount: cell.amount,
        source: cell.source,
        changed_by: cell.changed_by,
        changed_at: new Date(),
      }),
    )
    .execute();
}

/** Removes the spending of these months of the year (an import replaces whole months). */
export async function deleteSpendingMonths(db: Db, planId: string, year: number, months: number[]) {
  if (months.length === 0) return;
  await db
    .deleteFrom('finance_spending')
    .where('plan_id', '=', planId)
    .where('year', '=', year)
    .where('month', 'in', months)
    .execute();
}

export function findImportMapping(db: Db, planId: string) {
  return db
    .selectFrom('finance_import_mapping')
    .select(['month_column', 'cost_line_column', 'amount_column'])
    .where('plan_id', '=', planId)
    .executeTakeFirst();
}

export async function saveImportMapping(
  db: Db,
  planId: string,
  mapping: { month_column: string; cost_line_column: string; amount_column: string },
): Promise<void> {
  await db
    .insertInto('finance_import_mapping')
    .values({ plan_id: planId, ...mapping })
    .onConflict((oc) => oc.column('plan_id').doUpdateSet({ ...mapping, changed_at: new Date() }))
    .execute();
}
