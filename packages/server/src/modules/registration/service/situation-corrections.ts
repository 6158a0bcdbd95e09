import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type {
  CksMeetingCorrectionInput,
  CksMeetingValues,
  SafetyContactCorrectionInput,
  SafetyContactValues,
} from '../contract/situations.ts';
import { existsInPlan } from '../queries/lookups.ts';
import {
  deleteCksMeeting,
  deleteSafetyContact,
  insertSituationRevision,
  listSituationRevisions,
  lockCksMeeting,
  lockSafetyContact,
  updateCksMeeting,
  updateSafetyContact,
} from '../queries/situation-revisions.ts';
import {
  presentCksMeetings,
  presentCksRevisions,
  presentSafetyContacts,
  presentSafetyRevisions,
} from './present-situations.ts';

const t = da.registration.errors;
type Row<F extends (...args: never[]) => Promise<unknown>> = NonNullable<Awaited<ReturnType<F>>>;

const safetyValues = (c: Row<typeof lockSafetyContact>): SafetyContactValues => ({
  occurredOn: c.occurred_on,
  reportedBy: c.reported_by as SafetyContactValues['reportedBy'],
  areaId: c.area_id,
  place: c.place,
  situation: c.situation,
  routedTo: c.routed_to as SafetyContactValues['routedTo'],
  followUp: c.follow_up,
  followedUpOn: c.followed_up_on,
});

const cksValues = (m: Row<typeof lockCksMeeting>): CksMeetingValues => ({
  heldOn: m.held_on,
  areaId: m.area_id,
  attendance: m.attendance,
  agreements: m.agreements,
});

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

async function checkArea(db: Db, planId: string, areaId: string | null) {
  if (areaId && !(await existsInPlan(db, 'plan_area', planId, areaId)))
    throw fieldError('areaId', t.unknownArea);
}

/** A record outside the actor's scope is not found, so its existence is never revealed. */
function found<T>(row: T | undefined): T {
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * Corrects a tryghed contact: every field as it should have been, and why. The values before and
 * after go into the history; a correction that changes nothing is a Danish 400 that saves nothing.
 */
export async function correctSafetyContact(
  db: Db,
  ctx: RequestContext,
  id: string,
  { reason, ...input }: SafetyContactCorrectionInput,
) {
  const { actor } = ctx;
  const row = await withTransaction(db, ctx, async (trx) => {
    const current = found(await lockSafetyContact(trx, actor, id));
    const after: SafetyContactValues = {
      occurredOn: input.occurredOn,
      reportedBy: input.reportedBy,
      areaId: input.areaId ?? null,
      place: input.place,
      situation: input.situation,
      routedTo: [...new Set(input.routedTo)],
      followUp: input.followUp,
      followedUpOn: input.followedUpOn ?? null,
    };
    await checkArea(trx, actor.plan.id, after.areaId);
    if (after.followedUpOn && after.followedUpOn < after.occurredOn) {
      throw fieldError('followedUpOn', t.endBeforeStart);
    }
    const before = safetyValues(current);
    if (same(before, after)) throw fieldError('reason', t.nothingChanged);
    await updateSafetyContact(trx, id, {
      occurred_on: after.occurredOn,
      reported_by: after.reportedBy,
      area_id: after.areaId,
      place: after.place,
      situation: after.situation,
      routed_to: after.routedTo,
      follow_up: after.followUp,
      followed_up_on: after.followedUpOn,
    });
    await insertSituationRevision(trx, {
      plan_id: actor.plan.id,
      subject: 'safety_contact',
      record_id: id,
      team_id: current.team_id,
      dated_on: after.occurredOn,
      change: 'edit',
      reason,
      before,
      after,
      changed_by: actor.userId,
    });
    return found(await lockSafetyContact(trx, actor, id));
  });
  return presentSafetyContacts(ctx, { rows: [row], total: 1 }).contacts[0];
}

/** Removes a tryghed contact; what it said and why it went stay in the history. */
export async function removeSafetyContact(db: Db, ctx: RequestContext, id: string, reason: string) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    const current = found(await lockSafetyContact(trx, actor, id));
    await deleteSafetyContact(trx, id);
    await insertSituationRevision(trx, {
      plan_id: actor.plan.id,
      subject: 'safety_contact',
      record_id: id,
      team_id: current.team_id,
      dated_on: current.occurred_on,
      change: 'remove',
      reason,
      before: safetyValues(current),
      after: null,
      changed_by: actor.userId,
    });
  });
}

export async function correctCksMeeting(
  db: Db,
  ctx: RequestContext,
  id: string,
  { reason, ...input }: CksMeetingCorrectionInput,
) {
  const { actor } = ctx;
  const row = await withTransaction(db, ctx, async (trx) => {
    const current = found(await lockCksMeeting(trx, actor, id));
    const after: CksMeetingValues = {
      heldOn: input.heldOn,
      areaId: input.areaId ?? null,
      attendance: input.attendance,
      agreements: input.agreements,
    };
    await checkArea(trx, actor.plan.id, after.areaId);
    const before = cksValues(current);
    if (same(before, after)) throw fieldError('reason', t.nothingChanged);
    await updateCksMeeting(trx, id, {
      held_on: after.heldOn,
      area_id: after.areaId,
      attendance: JSON.stringify(after.attendance),
      agreements: after.agreements,
    });
    await insertSituationRevision(trx, {
      plan_id: actor.plan.id,
      subject: 'cks_meeting',
      record_id: id,
      team_id: current.team_id,
      dated_on: after.heldOn,
      change: 'edit',
      reason,
      before,
      after,
      changed_by: actor.userId,
    });
    return found(await lockCksMeeting(trx, actor, id));
  });
  return presentCksMeetings(ctx, { rows: [row], total: 1 }).meetings[0];
}

export async function removeCksMeeting(db: Db, ctx: RequestContext, id: string, reason: string) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    const current = found(await lockCksMeeting(trx, actor, id));
    await deleteCksMeeting(trx, id);
    await insertSituationRevision(trx, {
      plan_id: actor.plan.id,
      subject: 'cks_meeting',
      record_id: id,
      team_id: current.team_id,
      dated_on: current.held_on,
      change: 'remove',
      reason,
      before: cksValues(current),
      after: null,
      changed_by: actor.userId,
    });
  });
}

export async function safetyContactRevisions(
  db: Db,
  ctx: RequestContext,
  paging: { limit: number; offset: number },
) {
  return presentSafetyRevisions(ctx, await listSituationRevisions(db, ctx.actor, 'safety_contact', paging));
}

export async function cksMeetingRevisions(
  db: Db,
  ctx: RequestContext,
  paging: { limit: number; offset: number },
) {
  return presentCksRevisions(ctx, await listSituationRevisions(db, ctx.actor, 'cks_meeting', paging));
}
