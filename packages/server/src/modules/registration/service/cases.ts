import { da, todayInDenmark } from '@helhed/core';
import type { RequestContext, SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { ContactInput, CreateCaseInput, GoalInput } from '../contract/bodies.ts';
import {
  findCaseIdByClientKey,
  findContactByClientKey,
  insertCase,
  insertContact,
  insertGoals,
  lockCase,
  lockGoal,
  setGoalReached,
  updateCase,
} from '../queries/cases.ts';
import { existsInPlan, findColleague } from '../queries/lookups.ts';
import { findReferral } from '../queries/referrals.ts';
import { participantToRecord, resolveTeam } from './participants.ts';
import { caseDetail } from './views.ts';

const t = da.registration.errors;

/**
 * Starts a forløb with its agreed goals. With a participant, the participant must be in the actor's
 * scope and not erased; without one, it is an anonymous count and needs an area.
 */
export async function createCase(db: Db, ctx: RequestContext, input: CreateCaseInput) {
  const { actor } = ctx;
  const planId = actor.plan.id;
  const { id, isReplay } = await withTransaction(db, ctx, async (trx) => {
    const earlier = await findCaseIdByClientKey(trx, planId, input.clientKey);
    if (earlier) {
      if (earlier.activity_id !== input.activityId) throw new AppError('CONFLICT');
      return { id: earlier.id, isReplay: true };
    }
    let areaId = input.areaId ?? null;
    let teamId: string;
    const participantId = input.participantId ?? null;
    if (participantId) {
      const participant = await participantToRecord(trx, actor, participantId);
      areaId ??= participant.area_id;
      teamId = input.teamId ? await resolveTeam(trx, actor, input.teamId) : participant.team_id;
    } else {
      teamId = await resolveTeam(trx, actor, input.teamId);
    }
    if (!participantId && !areaId) throw fieldError('areaId', t.anonymousNeedsArea);
    if (areaId && !(await existsInPlan(trx, 'plan_area', planId, areaId))) {
      throw fieldError('areaId', t.unknownArea);
    }
    if (!(await existsInPlan(trx, 'plan_activity', planId, input.activityId))) {
      throw fieldError('activityId', t.unknownActivity);
    }
    if (input.referralId) {
      const referral = await findReferral(trx, planId, input.referralId);
      if (!referral || referral.participant_id !== participantId) {
        throw fieldError('referralId', t.unknownReferral);
      }
    }
    const responsible = input.responsibleUserId ?? actor.userId;
    if (responsible !== actor.userId && !(await findColleague(trx, planId, responsible))) {
      throw fieldError('responsibleUserId', t.unknownUser);
    }
    input.goals.forEach((goal, index) => {
      if (goal.agreedOn < input.startedOn) {
        throw fieldError(`goals.${index}.agreedOn`, t.endBeforeStart);
      }
    });
    const inserted = await insertCase(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      participant_id: participantId,
      team_id: teamId,
      responsible_user_id: responsible,
      activity_id: input.activityId,
      referral_id: input.referralId ?? null,
      area_id: areaId,
      started_on: input.startedOn,
    });
    if (!inserted) throw new AppError('CONFLICT');
    await insertGoals(trx, planId, inserted.id, input.goals);
    return { id: inserted.id, isReplay: false };
  });
  return { isReplay, view: await caseDetail(db, ctx, id) };
}

/** The forløb in scope, locked; a closed one is refused (REGISTRATION_CASE_CLOSED). */
export async function lockOpenCase(trx: Db, actor: SessionActor, caseId: string) {
  const row = await lockCase(trx, actor, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'closed') throw new AppError('REGISTRATION_CASE_CLOSED');
  return row;
}

export async function addGoal(db: Db, ctx: RequestContext, caseId: string, goal: GoalInput) {
  await withTransaction(db, ctx, async (trx) => {
    const row = await lockOpenCase(trx, ctx.actor, caseId);
    if (goal.agreedOn < row.started_on) throw fieldError('agreedOn', t.endBeforeStart);
    await insertGoals(trx, ctx.actor.plan.id, caseId, [goal]);
  });
  return caseDetail(db, ctx, caseId);
}

/**
 * Marks a goal of an open forløb reached on a day (not before it was agreed, not in the future), or
 * not reached after all. The row trigger audits the change; the goal outside the scope is a 404.
 */
export async function markGoalReached(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  goalId: string,
  achievedOn: string | null,
) {
  await withTransaction(db, ctx, async (trx) => {
    await lockOpenCase(trx, ctx.actor, caseId);
    const goal = await lockGoal(trx, caseId, goalId);
    if (!goal) throw new AppError('NOT_FOUND');
    if (achievedOn !== null && achievedOn < goal.agreed_on)
      throw fieldError('achievedOn', t.reachedBeforeAgreed);
    if (achievedOn !== null && achievedOn > todayInDenmark())
      throw fieldError('achievedOn', t.reachedInFuture);
    await setGoalReached(trx, goalId, achievedOn);
  });
  return caseDetail(db, ctx, caseId);
}

/** Logs a contact or meeting; idempotent on clientKey so a double Enter never logs two. */
export async function addContact(db: Db, ctx: RequestContext, caseId: string, input: ContactInput) {
  const { actor } = ctx;
  const isReplay = await withTransaction(db, ctx, async (trx) => {
    const earlier = await findContactByClientKey(trx, actor.plan.id, input.clientKey);
    if (earlier) {
      if (earlier.case_id !== caseId) throw new AppError('CONFLICT');
      return true;
    }
    const row = await lockOpenCase(trx, actor, caseId);
    if (input.occurredOn < row.started_on) throw fieldError('occurredOn', t.endBeforeStart);
    const inserted = await insertContact(trx, {
      plan_id: actor.plan.id,
      client_key: input.clientKey,
      case_id: caseId,
      occurred_on: input.occurredOn,
      kind: input.kind,
      note: input.note,
      recorded_by: actor.userId,
    });
    if (!inserted) throw new AppError('CONFLICT');
    return false;
  });
  return { isReplay, view: await caseDetail(db, ctx, caseId) };
}

/** Open ↔ fastholdelse: a forløb may stay open while a job starts. */
export async function setCaseStatus(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  status: 'open' | 'retention',
) {
  await withTransaction(db, ctx, async (trx) => {
    await lockOpenCase(trx, ctx.actor, caseId);
    await updateCase(trx, caseId, { status });
  });
  return caseDetail(db, ctx, caseId);
}

export async function closeCase(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: { endedOn: string; outcome: string },
) {
  await withTransaction(db, ctx, async (trx) => {
    const row = await lockOpenCase(trx, ctx.actor, caseId);
    if (input.endedOn < row.started_on) throw fieldError('endedOn', t.endBeforeStart);
    await updateCase(trx, caseId, { status: 'closed', ended_on: input.endedOn, outcome: input.outcome });
  });
  return caseDetail(db, ctx, caseId);
}
