import { da, fill, formatLongDate, isAllowed, todayInDenmark } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { QuarterApproval, QuarterEvent, SentBack } from '../contract/quarter-approval.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import {
  findActivityName,
  insertQuarterEvent,
  listEventsOfQuartersSentTo,
  listQuarterEvents,
  listRecipients,
  lockQuarter,
  type QuarterEventRow,
} from '../queries/quarter-approval.ts';
import { parseQuarter, type Quarter } from './quarter.ts';
import { approvedFigures, figureChanges } from './quarter-changes.ts';
import { buildQuarterlyReport } from './quarterly.ts';
import { mailSentBack, type SentBackMail } from './sent-back-mail.ts';

// A leader approves a quarter once it has ended; the database then refuses every change dated in it
// (migration 0026). A reopening, of the whole quarter or of one activity, needs a reason; a quarter
// can be sent back to a worker with a message. All of it is an append-only record, audited by the
// table's trigger. What changed after the approval is the approved figures against today's.

const t = da.quarterApproval;

/** Where a quarter stands, read from its events in order. */
export interface QuarterState {
  state: QuarterApproval['state'];
  approval: QuarterEventRow | null;
  reopenings: QuarterEventRow[];
}

/** The index of the last approval among events in order, or -1. */
function lastApproval(events: readonly { kind: string }[]): number {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    if (events[index]?.kind === 'approved') return index;
  }
  return -1;
}

export function stateOf(events: readonly QuarterEventRow[]): QuarterState {
  const last = lastApproval(events);
  if (last < 0) return { state: 'open', approval: null, reopenings: [] };
  const reopenings = events.slice(last + 1).filter((event) => event.kind === 'reopened');
  return {
    state: reopenings.length > 0 ? 'reopened' : 'approved',
    approval: events[last] ?? null,
    reopenings,
  };
}

const isLeader = (ctx: RequestContext) => isAllowed(ctx.actor.role, 'quarter-approval.decide');

function presentEvent(ctx: RequestContext, row: QuarterEventRow): QuarterEvent {
  const mayReadMessage = isLeader(ctx) || row.to_user_id === ctx.actor.userId;
  return {
    id: row.id,
    kind: row.kind,
    at: row.acted_at.toISOString(),
    by: row.acted_by_name,
    activity: row.activity_id ? { id: row.activity_id, name: row.activity_name ?? '' } : null,
    toUser: row.to_user_id ? { id: row.to_user_id, name: row.to_user_name ?? t.unknownUser } : null,
    text: row.kind === 'sent-back' && !mayReadMessage ? null : row.reason,
  };
}

/** Where a quarter of the plan stands now. */
export async function quarterStateOf(db: Db, planId: string, quarter: Quarter): Promise<QuarterState> {
  return stateOf(await listQuarterEvents(db, planId, quarter.year, quarter.number));
}

/** The quarter's approval: its state, history and what changed after the latest approval. */
export async function quarterApprovalOf(
  db: Db,
  ctx: RequestContext,
  key: string,
  /** The plan's report of that quarter, when the caller has just built it (the report files). */
  built?: QuarterlyReport,
): Promise<QuarterApproval> {
  const quarter = parseQuarter(key);
  const planId = ctx.actor.plan.id;
  const events = await listQuarterEvents(db, planId, quarter.year, quarter.number);
  const { state, approval, reopenings } = stateOf(events);
  const current = approval ? (built ?? (await buildQuarterlyReport(db, { planId }, quarter.key))) : null;
  const recipients = isLeader(ctx) ? await listRecipients(db, planId) : [];
  return {
    quarter: quarter.key,
    period: { start: quarter.start, end: quarter.end },
    state,
    approval: approval ? { at: approval.acted_at.toISOString(), by: approval.acted_by_name } : null,
    reopened: {
      whole: reopenings.some((event) => event.activity_id === null),
      activities: reopenings
        .filter((event) => event.activity_id !== null)
        .map((event) => ({ id: event.activity_id ?? '', name: event.activity_name ?? '' })),
    },
    ended: todayInDenmark() > quarter.end,
    changes: approval && current ? figureChanges(approval.figures, current) : [],
    events: events.map((event) => presentEvent(ctx, event)),
    recipients: recipients.map((user) => ({ id: user.id, name: user.display_name })),
  };
}

/** Approves an ended quarter: its figures are kept, and the database locks what is dated in it. */
export async function approveQuarter(db: Db, ctx: RequestContext, key: string): Promise<QuarterApproval> {
  const quarter = parseQuarter(key);
  if (todayInDenmark() <= quarter.end) throw new AppError('QUARTER_NOT_ENDED');
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    await lockQuarter(trx, planId, quarter.year, quarter.number);
    if ((await quarterStateOf(trx, planId, quarter)).state === 'approved')
      throw new AppError('QUARTER_ALREADY_APPROVED');
    const report = await buildQuarterlyReport(trx, { planId }, quarter.key);
    await insertQuarterEvent(trx, {
      planId,
      year: quarter.year,
      quarter: quarter.number,
      kind: 'approved',
      activityId: null,
      reason: null,
      toUserId: null,
      figures: approvedFigures(report),
      actedBy: ctx.actor.userId,
    });
  });
  return quarterApprovalOf(db, ctx, quarter.key);
}

/** Reopens an approved quarter, or one activity in it, with a reason. */
export async function reopenQuarter(
  db: Db,
  ctx: RequestContext,
  input: { quarter: string; activityId: string | null; reason: string },
): Promise<QuarterApproval> {
  const quarter = parseQuarter(input.quarter);
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    await lockQuarter(trx, planId, quarter.year, quarter.number);
    const { state, reopenings } = await quarterStateOf(trx, planId, quarter);
    if (state === 'open') throw new AppError('QUARTER_NOT_APPROVED');
    const already = reopenings.some(
      (event) => event.activity_id === null || event.activity_id === input.activityId,
    );
    if (already) throw new AppError('QUARTER_ALREADY_REOPENED');
    if (input.activityId && !(await findActivityName(trx, planId, input.activityId))) {
      throw fieldError('activityId', t.errors.activityInvalid);
    }
    await insertQuarterEvent(trx, {
      planId,
      year: quarter.year,
      quarter: quarter.number,
      kind: 'reopened',
      activityId: input.activityId,
      reason: input.reason,
      toUserId: null,
      figures: null,
      actedBy: ctx.actor.userId,
    });
  });
  return quarterApprovalOf(db, ctx, quarter.key);
}

/** Sends a quarter that is not locked back to a worker (or leader) of the plan, with a message. */
export async function sendQuarterBack(
  db: Db,
  ctx: RequestContext,
  input: { quarter: string; userId: string; message: string },
  mail?: SentBackMail,
): Promise<QuarterApproval> {
  const quarter = parseQuarter(input.quarter);
  const planId = ctx.actor.plan.id;
  const recipient = await withTransaction(db, ctx, async (trx) => {
    await lockQuarter(trx, planId, quarter.year, quarter.number);
    if ((await quarterStateOf(trx, planId, quarter)).state === 'approved')
      throw new AppError('QUARTER_STILL_APPROVED');
    const recipient = (await listRecipients(trx, planId)).find((user) => user.id === input.userId);
    if (!recipient) throw fieldError('userId', t.errors.recipientInvalid);
    await insertQuarterEvent(trx, {
      planId,
      year: quarter.year,
      quarter: quarter.number,
      kind: 'sent-back',
      activityId: null,
      reason: input.message,
      toUserId: input.userId,
      figures: null,
      actedBy: ctx.actor.userId,
    });
    return recipient;
  });
  const notified = await mailSentBack(mail, recipient, ctx.actor.displayName, quarter);
  return { ...(await quarterApprovalOf(db, ctx, quarter.key)), notified };
}

/** What was sent back to the signed-in user and not approved since, newest first. */
export async function sentBackToMe(db: Db, ctx: RequestContext): Promise<SentBack> {
  const me = ctx.actor.userId;
  const events = await listEventsOfQuartersSentTo(db, ctx.actor.plan.id, me);
  const items = events.filter(
    (event, index) =>
      event.kind === 'sent-back' &&
      event.to_user_id === me &&
      !events
        .slice(index + 1)
        .some(
          (later) =>
            later.kind === 'approved' && later.year === event.year && later.quarter === event.quarter,
        ),
  );
  return {
    items: items.reverse().map((event) => ({
      quarter: `${event.year}-Q${event.quarter}`,
      at: event.acted_at.toISOString(),
      by: event.acted_by_name,
      message: event.reason ?? '',
    })),
  };
}

/** A quarter's approval in one line (the annual status pack): by whom and when, reopened, or not. */
export function approvalStatusLine({ state, approval }: QuarterState): string {
  if (!approval) return t.pack.notApproved;
  return fill(state === 'reopened' ? t.pack.reopened : t.pack.approved, {
    date: formatLongDate(todayInDenmark(approval.acted_at)),
    name: approval.acted_by_name ?? t.unknownUser,
  });
}

/** The lines a report of the quarter opens its approval section with. */
export function approvalLines(view: QuarterApproval, quarterTitle: string): string[] {
  if (!view.approval) return [fill(t.notApproved, { quarter: quarterTitle })];
  const day = (iso: string) => formatLongDate(todayInDenmark(new Date(iso)));
  const lines = [
    fill(t.approvedLine, { date: day(view.approval.at), name: view.approval.by ?? t.unknownUser }),
  ];
  for (const event of view.events.slice(lastApproval(view.events) + 1)) {
    if (event.kind !== 'reopened') continue;
    const values = { date: day(event.at), name: event.by ?? t.unknownUser, reason: event.text ?? '' };
    lines.push(
      event.activity
        ? fill(t.reopenedActivity, { ...values, activity: event.activity.name })
        : fill(t.reopenedWhole, values),
    );
  }
  return lines;
}
