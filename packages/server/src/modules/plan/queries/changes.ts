import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

// The plan's history (filled by the plan_record_change trigger), newest first, and the names
// needed to label its rows. The first load of the plan as signed (actor system:seed) is the
// starting point, not a change: leaving it out keeps the board's view to what changed since.
const SEED_ACTOR = 'system:seed';
// The budget (module finance) is versioned in the same table; it has its own history page.
const PLAN_TABLES = 'plan\\_%';

/** The first instant after a Danish calendar day: changes from it on were made after the day. */
const afterDay = (day: string) => sql<Date>`((${day}::date + 1)::timestamp at time zone 'Europe/Copenhagen')`;

export interface ChangeFilter {
  limit: number;
  offset: number;
  /** Only changes made after this day (YYYY-MM-DD). */
  after?: string | undefined;
}

export function listChanges(db: Db, planId: string, filter: ChangeFilter) {
  const { limit, offset, after } = filter;
  return db
    .selectFrom('plan_change')
    .select([
      'id',
      'occurred_at',
      'actor_label',
      'table_name',
      'row_id',
      'operation',
      'before_values',
      'after_values',
      'parent_id',
    ])
    .where('plan_id', '=', planId)
    .where('table_name', 'like', PLAN_TABLES)
    .where('actor_label', '!=', SEED_ACTOR)
    .$if(after !== undefined, (q) => q.where('occurred_at', '>=', afterDay(after ?? '')))
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type ChangeRow = Awaited<ReturnType<typeof listChanges>>[number];

export async function countChanges(db: Db, planId: string, after?: string): Promise<number> {
  const row = await db
    .selectFrom('plan_change')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('plan_id', '=', planId)
    .where('table_name', 'like', PLAN_TABLES)
    .where('actor_label', '!=', SEED_ACTOR)
    .$if(after !== undefined, (q) => q.where('occurred_at', '>=', afterDay(after ?? '')))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Current names of the plan's labelled records by id, and the API ids (keys) of indicators. */
export async function findChangeLabels(
  db: Db,
  planId: string,
  ids: string[],
): Promise<{ labels: Map<string, string>; indicatorKeys: Map<string, string> }> {
  const labels = new Map<string, string>();
  const indicatorKeys = new Map<string, string>();
  if (ids.length === 0) return { labels, indicatorKeys };
  const [activities, subAgreements, indicators, areas, goals, focusAreas] = await Promise.all([
    db
      .selectFrom('plan_activity')
      .select(['id', 'name'])
      .where('plan_id', '=', planId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('plan_sub_agreement')
      .select(['id', 'name'])
      .where('plan_id', '=', planId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('plan_indicator')
      .select(['id', 'name', 'key'])
      .where('plan_id', '=', planId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('plan_area')
      .select(['id', 'name'])
      .where('plan_id', '=', planId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('plan_goal')
      .select(['id', 'text as name'])
      .where('plan_id', '=', planId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('plan_focus_area')
      .select(['id', 'name'])
      .where('plan_id', '=', planId)
      .where('id', 'in', ids)
      .execute(),
  ]);
  for (const row of [...activities, ...subAgreements, ...indicators, ...areas, ...goals, ...focusAreas])
    labels.set(row.id, row.name);
  for (const row of indicators) indicatorKeys.set(row.id, row.key);
  return { labels, indicatorKeys };
}
