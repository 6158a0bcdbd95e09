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
  const [shown] = presentSafetyContacts(ctx, { rows: [row], total: 1 }).contacts;
  return shown as NonNullable<typeof shown>;
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
  const [shown] = presentCksMeetings(ctx, { rows: [row], total: 1 }).meetings;
  return shown as NonNullable<typeof shown>;
}

/**
 * Removes a tryghed contact or a CKS meeting; what it said and why it went stay in the history.
 * One outside the actor's scope is a 404.
 */
export async function removeSituation(
  db: Db,
  ctx: RequestContext,
  subject: 'safety_contact' | 'cks_meeting',
  id: string,
  reason: string,
) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    const { team_id, dated_on, before } =
      subject === 'safety_contact'
        ? await lockSafetyContact(trx, actor, id)
            .then(found)
            .then((c) => ({
              team_id: c.team_id,
              dated_on: c.occurred_on,
              before: safetyValues(c),
            }))
        : await lockCksMeeting(trx, actor, id)
            .then(found)
            .then((m) => ({
              team_id: m.team_id,
              dated_on: m.held_on,
              before: cksValues(m),
            }));
    await (subject === 'safety_contact' ? deleteSafetyContact(trx, id) : deleteCksMeeting(trx, id));
    await insertSituationRevision(trx, {
      plan_id: actor.plan.id,
      subject,
      record_id: id,
      team_id,
      dated_on,
      change: 'remove',
      reason,
      before,
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
