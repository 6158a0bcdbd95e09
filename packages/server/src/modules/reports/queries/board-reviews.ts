import type { Db } from '../../../platform/db/database.ts';

// The board's review record, always within the session's plan. Rows are never updated except for
// the one withdrawal, and never deleted (the table's trigger refuses it).

export interface BoardReviewWrite {
  planId: string;
  reviewedOn: string;
  meeting: string;
  kind: 'quarterly' | 'annual';
  period: string;
  fingerprint: string;
  snapshot: string;
  minutesUrl: string | null;
  note: string | null;
  recordedBy: string;
}

export async function insertBoardReview(db: Db, row: BoardReviewWrite): Promise<string> {
  const inserted = await db
    .insertInto('board_review')
    .values({
      plan_id: row.planId,
      reviewed_on: row.reviewedOn,
      meeting: row.meeting,
      report_kind: row.kind,
      report_period: row.period,
      report_fingerprint: row.fingerprint,
      report_snapshot: row.snapshot,
      minutes_url: row.minutesUrl,
      note: row.note,
      recorded_by: row.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

function selectReviews(db: Db, planId: string) {
  return db
    .selectFrom('board_review as r')
    .leftJoin('app_user as recorder', 'recorder.id', 'r.recorded_by')
    .leftJoin('app_user as withdrawer', 'withdrawer.id', 'r.withdrawn_by')
    .select([
      'r.id',
      'r.reviewed_on',
      'r.meeting',
      'r.report_kind',
      'r.report_period',
      'r.report_fingerprint',
      'r.minutes_url',
      'r.note',
      'r.recorded_at',
      'r.withdrawn_at',
      'r.withdrawn_reason',
      'recorder.display_name as recorded_by_name',
      'withdrawer.display_name as withdrawn_by_name',
    ])
    .where('r.plan_id', '=', planId);
}

/** The reviews held in a year, by meeting day, then as recorded. */
export function listBoardReviews(db: Db, planId: string, year: number) {
  return selectReviews(db, planId)
    .where('r.reviewed_on', '>=', `${year}-01-01`)
    .where('r.reviewed_on', '<=', `${year}-12-31`)
    .orderBy('r.reviewed_on')
    .orderBy('r.recorded_at')
    .execute();
}
export type BoardReviewRow = Awaited<ReturnType<typeof listBoardReviews>>[number];

export function findBoardReview(db: Db, planId: string, id: string) {
  return selectReviews(db, planId).where('r.id', '=', id).executeTakeFirst();
}

export function findBoardReviewSnapshot(db: Db, planId: string, id: string) {
  return db
    .selectFrom('board_review')
    .select(['report_kind', 'report_period', 'report_snapshot', 'reviewed_on'])
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Withdraws a review once: false when it was withdrawn already (or is not the plan's). */
export async function withdrawBoardReview(
  db: Db,
  planId: string,
  id: string,
  by: string,
  reason: string,
): Promise<boolean> {
  const result = await db
    .updateTable('board_review')
    .set({ withdrawn_at: new Date(), withdrawn_by: by, withdrawn_reason: reason })
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
