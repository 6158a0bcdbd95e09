import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

/** The plan's indsatsområder in the plan's order: one salary line each. */
export function listFocusAreas(db: Db, planId: string) {
  return db
    .selectFrom('plan_focus_area')
    .select(['id', 'slug', 'name'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
}

export function listBudgetCells(db: Db, planId: string, year?: number) {
  let query = db
    .selectFrom('finance_budget_line')
    .select(['id', 'year', 'funding_source', 'cost_line', 'focus_area_id', 'amount'])
    .where('plan_id', '=', planId);
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year').execute();
}

/**
 * Sets one cell. An equal amount writes nothing (the history and audit triggers skip an update that
 * changes no column); a cell that was never set and stays 0 gets no row.
 */
export async function setBudgetCell(
  db: Db,
  cell: {
    plan_id: string;
    year: number;
    funding_source: string;
    cost_line: string;
    focus_area_id: string | null;
    amount: number;
  },
): Promise<void> {
  const existing = await db
    .selectFrom('finance_budget_line')
    .select(['id', 'amount'])
    .where('plan_id', '=', cell.plan_id)
    .where('year', '=', cell.year)
    .where('funding_source', '=', cell.funding_source)
    .where('cost_line', '=', cell.cost_line)
    .where((eb) =>
      cell.focus_area_id === null
        ? eb('focus_area_id', 'is', null)
        : eb('focus_area_id', '=', cell.focus_area_id),
    )
    .forUpdate()
    .executeTakeFirst();
  if (!existing) {
    if (cell.amount !== 0) await db.insertInto('finance_budget_line').values(cell).execute();
    return;
  }
  if (Number(existing.amount) === cell.amount) return;
  await db
    .updateTable('finance_budget_line')
    .set({ amount: cell.amount })
    .where('id', '=', existing.id)
    .execute();
}

export async function findMinimumPercent(db: Db, planId: string): Promise<number | null> {
  const row = await db
    .selectFrom('finance_setting')
    .select('cofinancing_minimum_percent')
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row ? Number(row.cofinancing_minimum_percent) : null;
}

export async function setMinimumPercent(db: Db, planId: string, percent: number): Promise<void> {
  await db
    .insertInto('finance_setting')
    .values({ plan_id: planId, cofinancing_minimum_percent: percent })
    .onConflict((oc) =>
      oc
        .column('plan_id')
        .doUpdateSet({ cofinancing_minimum_percent: percent })
        .where('finance_setting.cofinancing_minimum_percent', '<>', sql<string>`${percent}::numeric`),
    )
    .execute();
}

const HISTORY_TABLES = ['finance_budget_line', 'finance_setting'];

/** The budget's history from the plan's one history table (plan_change), newest first. */
export function listBudgetChanges(db: Db, planId: string, limit: number, offset: number) {
  return db
    .selectFrom('plan_change')
    .select(['id', 'occurred_at', 'actor_label', 'table_name', 'row_id', 'before_values', 'after_values'])
    .where('plan_id', '=', planId)
    .where('table_name', 'in', HISTORY_TABLES)
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countBudgetChanges(db: Db, planId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_change')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('plan_id', '=', planId)
    .where('table_name', 'in', HISTORY_TABLES)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** When the budget or the minimum last changed, or null. */
export async function lastBudgetChange(db: Db, planId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('plan_change')
    .select((eb) => eb.fn.max('occurred_at').as('at'))
    .where('plan_id', '=', planId)
    .where('table_name', 'in', HISTORY_TABLES)
    .executeTakeFirst();
  return row?.at ? new Date(row.at as unknown as string) : null;
}

export function findBudgetRows(db: Db, planId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('finance_budget_line')
    .select(['id', 'year', 'funding_source', 'cost_line', 'focus_area_id'])
    .where('plan_id', '=', planId)
    .where('id', 'in', ids)
    .execute();
}

export function findPlan(db: Db, planId: string) {
  return db
    .selectFrom('plan')
    .select(['id', 'name', 'period_start', 'period_end'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
}
