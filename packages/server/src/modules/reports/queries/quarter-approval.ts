import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

// A quarter's approvals, reopenings and send-backs, always within the session's plan. The table is
// append-only (its trigger refuses the rest); the lock on registrations lives in the database.

export interface QuarterEventRow {
  id: string;
  seq: string;
  year: number;
  quarter: number;
  kind: 'approved' | 'reopened' | 'sent-back';
  activity_id: string | null;
  activity_name: string | null;
  reason: string | null;
  to_user_id: string | null;
  to_user_name: string | null;
  figures: unknown;
  acted_by_name: string | null;
  acted_at: Date;
}

function selectEvents(db: Db, planId: string) {
  return db
    .selectFrom('quarter_event as e')
    .leftJoin('plan_activity as a', (join) =>
      join.onRef('a.plan_id', '=', 'e.plan_id').onRef('a.id', '=', 'e.activity_id'),
    )
    .leftJoin('app_user as actor', 'actor.id', 'e.acted_by')
    .leftJoin('app_user as recipient', 'recipient.id', 'e.to_user_id')
    .select([
      'e.id',
      'e.seq',
      'e.year',
      'e.quarter',
      'e.kind',
      'e.activity_id',
      'a.name as activity_name',
      'e.reason',
      'e.to_user_id',
      'recipient.display_name as to_user_name',
      'e.figures',
      'actor.display_name as acted_by_name',
      'e.acted_at',
    ])
    .where('e.plan_id', '=', planId);
}

/** Every event of one quarter, oldest first. */
export async function listQuarterEvents(
  db: Db,
  planId: string,
  year: number,
  quarter: number,
): Promise<QuarterEventRow[]> {
  return selectEvents(db, planId)
    .where('e.year', '=', year)
    .where('e.quarter', '=', quarter)
    .orderBy('e.seq')
    .execute();
}

/** The events of the quarters in which anything was sent back to `userId`, oldest first. */
export async function listEventsOfQuartersSentTo(db: Db, planId: string, userId: string) {
  return selectEvents(db, planId)
    .where(
      sql<boolean>`(e.year, e.quarter) in (
        select s.year, s.quarter from quarter_event s
         where s.plan_id = ${planId} and s.kind = 'sent-back' and s.to_user_id = ${userId})`,
    )
    .orderBy('e.seq')
    .execute();
}

export interface QuarterEventWrite {
  planId: string;
  year: number;
  quarter: number;
  kind: QuarterEventRow['kind'];
  activityId: string | null;
  reason: string | null;
  toUserId: string | null;
  figures: string | null;
  actedBy: string;
}

export async function insertQuarterEvent(db: Db, row: QuarterEventWrite): Promise<void> {
  await db
    .insertInto('quarter_event')
    .values({
      plan_id: row.planId,
      year: row.year,
      quarter: row.quarter,
      kind: row.kind,
      activity_id: row.activityId,
      reason: row.reason,
      to_user_id: row.toUserId,
      figures: row.figures,
      acted_by: row.actedBy,
    })
    .execute();
}

/**
 * The exclusive side of the quarter's advisory lock (quarter_guard takes the shared side): held to
 * the end of the transaction, so no change dated in the quarter commits while it is approved.
 */
export async function lockQuarter(db: Db, planId: string, year: number, quarter: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`helhed.quarter:${planId}`}), ${year * 10 + quarter})`.execute(
    db,
  );
}

/** The plan's activity of that id, if any (a reopening of one activity). */
export async function findActivityName(db: Db, planId: string, activityId: string): Promise<string | null> {
  const row = await db
    .selectFrom('plan_activity')
    .select('name')
    .where('plan_id', '=', planId)
    .where('id', '=', activityId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** Staff a quarter can be sent back to: the plan's active workers and leaders. */
export async function listRecipients(db: Db, planId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'email'])
    .where('plan_id', '=', planId)
    .where('is_active', '=', true)
    .where('role', 'in', ['worker', 'leader'])
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}
