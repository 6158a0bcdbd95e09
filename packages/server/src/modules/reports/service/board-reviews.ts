import { createHash } from 'node:crypto';
import { da, fill, formatLongDate, todayInDenmark } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { AnnualReport } from '../contract/annual.ts';
import type { BoardReview, RecordBoardReviewInput } from '../contract/board-review.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import {
  type BoardReviewRow,
  findBoardReview,
  findBoardReviewSnapshot,
  insertBoardReview,
  listBoardReviews,
  withdrawBoardReview,
} from '../queries/board-reviews.ts';
import { listQuarterEvents } from '../queries/quarter-approval.ts';
import { buildAnnualReport } from './annual.ts';
import { parseQuarter } from './quarter.ts';
import { stateOf } from './quarter-approval.ts';
import { buildQuarterlyReport } from './quarterly.ts';
import { renderAnnual, renderQuarterly } from './render.ts';
import { annualReportJson, quarterlyReportJson } from './serialize.ts';

// LBF: the board follows up on the plan and documents it to the auditor. A review keeps the
// report as the board saw it (the API's own JSON, already discretion-safe) and its SHA-256, so the
// auditor can get that exact version back and see whether today's figures differ from it.

type Kind = 'quarterly' | 'annual';
const t = da.boardReview;

function normalisedPeriod(kind: Kind, input: string): string {
  if (kind === 'annual') {
    if (!/^\d{4}$/.test(input) || Number(input) < 2000 || Number(input) > 2100)
      throw fieldError('period', t.errors.periodInvalid);
    return input;
  }
  try {
    return parseQuarter(input).key;
  } catch {
    throw fieldError('period', t.errors.periodInvalid);
  }
}

/** The report of the plan as it stands now, as the API's JSON. */
async function reportJson(db: Db, planId: string, kind: Kind, period: string): Promise<string> {
  return kind === 'quarterly'
    ? quarterlyReportJson(await buildQuarterlyReport(db, { planId }, period))
    : annualReportJson(await buildAnnualReport(db, { planId }, period));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type SeenApproval = BoardReview['report']['approval'];

/** A quarterly review's approval as it stood when the review was recorded; both records are append-only. */
async function approvalSeen(db: Db, planId: string, row: BoardReviewRow): Promise<SeenApproval> {
  if (row.report_kind !== 'quarterly') return null;
  const quarter = parseQuarter(row.report_period);
  const events = await listQuarterEvents(db, planId, quarter.year, quarter.number);
  const { state, approval } = stateOf(events.filter((event) => event.acted_at <= row.recorded_at));
  const values = {
    date: formatLongDate(todayInDenmark(approval?.acted_at ?? row.recorded_at)),
    name: approval?.acted_by_name ?? da.quarterApproval.unknownUser,
  };
  return {
    state,
    at: approval?.acted_at.toISOString() ?? null,
    by: approval?.acted_by_name ?? null,
    label: fill(t.approvalSeen[state], values),
  };
}

function present(row: BoardReviewRow, changedSince: boolean, approval: SeenApproval): BoardReview {
  return {
    id: row.id,
    reviewedOn: row.reviewed_on,
    meeting: row.meeting,
    report: {
      kind: row.report_kind,
      period: row.report_period,
      fingerprint: row.report_fingerprint,
      changedSince,
      approval,
    },
    minutesUrl: row.minutes_url,
    note: row.note,
    recordedBy: row.recorded_by_name,
    recordedAt: row.recorded_at.toISOString(),
    withdrawn:
      row.withdrawn_at && row.withdrawn_reason
        ? { at: row.withdrawn_at.toISOString(), by: row.withdrawn_by_name, reason: row.withdrawn_reason }
        : null,
  };
}

/** Each row with whether its report, built today, has other figures than those reviewed. */
async function presentAll(db: Db, planId: string, rows: BoardReviewRow[]): Promise<BoardReview[]> {
  const today = new Map<string, Promise<string>>();
  const fingerprintNow = (row: BoardReviewRow) => {
    const key = `${row.report_kind} ${row.report_period}`;
    let pending = today.get(key);
    if (!pending) {
      pending = reportJson(db, planId, row.report_kind, row.report_period).then(sha256);
      today.set(key, pending);
    }
    return pending;
  };
  return Promise.all(
    rows.map(async (row) =>
      present(
        row,
        (await fingerprintNow(row)) !== row.report_fingerprint,
        await approvalSeen(db, planId, row),
      ),
    ),
  );
}

export async function boardReviewsOfYear(db: Db, ctx: RequestContext, year: number) {
  const planId = ctx.actor.plan.id;
  return { year, reviews: await presentAll(db, planId, await listBoardReviews(db, planId, year)) };
}

export async function recordBoardReview(
  db: Db,
  ctx: RequestContext,
  input: RecordBoardReviewInput,
): Promise<BoardReview> {
  const planId = ctx.actor.plan.id;
  if (input.reviewedOn > todayInDenmark()) throw fieldError('reviewedOn', t.errors.reviewedInFuture);
  const period = normalisedPeriod(input.reportKind, input.period);
  const snapshot = await reportJson(db, planId, input.reportKind, period);
  const id = await withTransaction(db, ctx, (trx) =>
    insertBoardReview(trx, {
      planId,
      reviewedOn: input.reviewedOn,
      meeting: input.meeting,
      kind: input.reportKind,
      period,
      fingerprint: sha256(snapshot),
      snapshot,
      minutesUrl: input.minutesUrl,
      note: input.note,
      recordedBy: ctx.actor.userId,
    }),
  );
  const row = await findBoardReview(db, planId, id);
  if (!row) throw new AppError('NOT_FOUND');
  return present(row, false, await approvalSeen(db, planId, row));
}

export async function withdrawReview(db: Db, ctx: RequestContext, id: string, reason: string) {
  const planId = ctx.actor.plan.id;
  if (!(await findBoardReview(db, planId, id))) throw new AppError('NOT_FOUND');
  const done = await withTransaction(db, ctx, (trx) =>
    withdrawBoardReview(trx, planId, id, ctx.actor.userId, reason),
  );
  if (!done) throw new AppError('BOARD_REVIEW_WITHDRAWN');
  const row = await findBoardReview(db, planId, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [view] = await presentAll(db, planId, [row]);
  return view as BoardReview;
}

/** The report exactly as the board reviewed it, drawn again from the kept JSON. */
export async function reviewedReportFile(db: Db, ctx: RequestContext, id: string, format: 'pdf' | 'xlsx') {
  const row = await findBoardReviewSnapshot(db, ctx.actor.plan.id, id);
  if (!row) throw new AppError('NOT_FOUND');
  const now = new Date();
  const content =
    row.report_kind === 'quarterly'
      ? await renderQuarterly(row.report_snapshot as QuarterlyReport, format, now)
      : await renderAnnual(row.report_snapshot as AnnualReport, format, now);
  return { content: content as Buffer, name: `gennemgaaet-${row.report_period}-${row.reviewed_on}` };
}
