import { type QueryCreator, sql } from 'kysely';
import type { Database, Db, DbReader } from '../../../platform/db/database.ts';

// The delaftaler as of a date: today's rows and the history written since, both as JSON in the
// shape the history trigger writes (to_jsonb of the row), and a reader whose `with` clauses put
// rows rebuilt from them in place of the tables, so the plan's own queries read the past.

/** The tables a delaftale is made of; each has a history trigger (migration 0002-plan-history). */
export const AS_OF_TABLES = [
  'plan_sub_agreement',
  'plan_goal',
  'plan_indicator',
  'plan_baseline',
  'plan_activity',
] as const;
export type AsOfTable = (typeof AS_OF_TABLES)[number];
export type JsonRow = Record<string, unknown>;

// The first load of the plan as signed is the starting point, not a change (as in changes.ts).
const SEED_ACTOR = 'system:seed';

/** The first instant after the Danish calendar day `date` (midnight in Copenhagen, summer time included). */
export async function endOfDanishDay(db: Db, date: string): Promise<Date> {
  const { rows } = await sql<{ boundary: Date }>`
    select ((${date}::date + 1)::timestamp at time zone 'Europe/Copenhagen') as boundary`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('endOfDanishDay: no row');
  return row.boundary;
}

/** Today's rows of the delaftale tables, whole, as JSON. */
export async function currentRows(db: Db, planId: string): Promise<Record<AsOfTable, JsonRow[]>> {
  const selects = AS_OF_TABLES.map(
    (table) =>
      sql`select ${table}::text as table_name, to_jsonb(t) as data from ${sql.table(table)} t where t.plan_id = ${planId}`,
  );
  const { rows } = await sql<{
    table_name: AsOfTable;
    data: JsonRow;
  }>`${sql.join(selects, sql` union all `)}`.execute(db);
  const byTable = Object.fromEntries(AS_OF_TABLES.map((table) => [table, [] as JsonRow[]])) as Record<
    AsOfTable,
    JsonRow[]
  >;
  for (const row of rows) byTable[row.table_name].push(row.data);
  return byTable;
}

/** Every change to the delaftale tables at or after `instant`, newest first, the seed left out. */
export function changesFrom(db: Db, planId: string, instant: Date) {
  return db
    .selectFrom('plan_change')
    .select(['id', 'table_name', 'row_id', 'operation', 'before_values'])
    .where('plan_id', '=', planId)
    .where('table_name', 'in', [...AS_OF_TABLES])
    .where('occurred_at', '>=', instant)
    .where('actor_label', '!=', SEED_ACTOR)
    .orderBy('id', 'desc')
    .execute();
}
export type AsOfChangeRow = Awaited<ReturnType<typeof changesFrom>>[number];

/** When each delaftale was last changed before `instant` (its load by the seed counts). */
export async function subAgreementsChangedBefore(
  db: Db,
  planId: string,
  instant: Date,
): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom('plan_change')
    .select(['row_id', (eb) => eb.fn.max('occurred_at').as('changed_at')])
    .where('plan_id', '=', planId)
    .where('table_name', '=', 'plan_sub_agreement')
    .where('occurred_at', '<', instant)
    .groupBy('row_id')
    .execute();
  return new Map(rows.map((row) => [row.row_id, new Date(row.changed_at)]));
}

/** A reader in which each delaftale table is the given rows (typed back by PostgreSQL itself). */
export function readerOver(db: Db, rows: Record<AsOfTable, JsonRow[]>): DbReader {
  // biome-ignore lint/suspicious/noExplicitAny: each `with` widens the type; the result reads as Database.
  let reader: QueryCreator<any> = db;
  for (const table of AS_OF_TABLES) {
    const json = JSON.stringify(rows[table]);
    reader = reader.with(
      table,
      // A raw body is not put in parentheses by Kysely.
      () => sql`(select * from jsonb_populate_recordset(null::${sql.table(table)}, ${json}::jsonb))`,
    );
  }
  return reader as QueryCreator<Database>;
}
