import { da } from '@helhed/core';
import type { RequestContext, SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { type Acting, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { CreateParticipantInput, UpdateParticipantInput } from '../contract/bodies.ts';
import { erasePersonalData } from '../queries/erase.ts';
import { departmentInArea, existsInPlan, findColleague, teamOfUser } from '../queries/lookups.ts';
import {
  findParticipantIdByClientKey,
  insertConsent,
  insertParticipant,
  insertShare,
  lockParticipant,
  updateParticipant,
  withdrawConsents,
} from '../queries/participants.ts';
import { participantDetail } from './views.ts';

const t = da.registration.errors;

async function checkPlace(db: Db, planId: string, areaId: string | null, departmentId: string | null) {
  if (areaId && !(await existsInPlan(db, 'plan_area', planId, areaId))) {
    throw fieldError('areaId', t.unknownArea);
  }
  if (departmentId && (!areaId || !(await departmentInArea(db, planId, departmentId, areaId)))) {
    throw fieldError('departmentId', t.unknownDepartment);
  }
}

/** The team a new record belongs to: a worker's own; a leader may choose, else their own. */
export async function resolveTeam(db: Db, actor: SessionActor, requested: string | null | undefined) {
  const own = await teamOfUser(db, actor.userId);
  if (requested && requested !== own) {
    if (actor.role !== 'leader' || !(await existsInPlan(db, 'team', actor.plan.id, requested))) {
      throw fieldError('teamId', t.unknownTeam);
    }
    return requested;
  }
  if (!own) throw new AppError('REGISTRATION_NO_TEAM');
  return own;
}

/** For a change: the participant in scope, locked; not found outside the scope, refused when erased. */
export async function lockLiveParticipant(trx: Db, actor: SessionActor, id: string) {
  const row = await lockParticipant(trx, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.erased_at) throw new AppError('REGISTRATION_ERASED');
  return row;
}

/** The participant a new record (forløb, enrolment, volunteering) is about, as a field error if unusable. */
export async function participantToRecord(trx: Db, actor: SessionActor, participantId: string) {
  const participant = await lockParticipant(trx, actor, participantId);
  if (!participant) throw fieldError('participantId', da.errors.notFound);
  if (participant.erased_at) throw fieldError('participantId', t.participantErased);
  return participant;
}

/**
 * Registers a participant together with the consent that allows it; idempotent on clientKey.
 * Genhusning calls it inside its own transaction (a household's referral), so it takes who acts.
 */
export async function createParticipant(
  db: Db,
  acting: Acting,
  actor: SessionActor,
  input: CreateParticipantInput,
): Promise<{ id: string; isReplay: boolean }> {
  const planId = actor.plan.id;
  return withTransaction(db, acting, async (trx) => {
    const earlier = await findParticipantIdByClientKey(trx, planId, input.clientKey);
    if (earlier) {
      if (earlier.display_name !== input.displayName) throw new AppError('CONFLICT');
      return { id: earlier.id, isReplay: true };
    }
    const teamId = await resolveTeam(trx, actor, input.teamId);
    await checkPlace(trx, planId, input.areaId ?? null, input.departmentId ?? null);
    const inserted = await insertParticipant(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      team_id: teamId,
      display_name: input.displayName,
      birth_year: input.birthYear ?? null,
      gender: input.gender,
      area_id: input.areaId ?? null,
      department_id: input.departmentId ?? null,
      contact: input.contact,
    });
    if (!inserted) throw new AppError('CONFLICT');
    await insertConsent(trx, {
      plan_id: planId,
      participant_id: inserted.id,
      given_on: input.consent.givenOn,
      recorded_by: actor.userId,
      for_registration: true,
      for_statistics: input.consent.forStatistics,
      for_partner_contact: input.consent.forPartnerContact,
      partner_names: input.consent.forPartnerContact ? input.consent.partnerNames : null,
    });
    return { id: inserted.id, isReplay: false };
  });
}

/** POST /participants: registers, then answers with the participant as the actor sees them. */
export async function registerParticipant(db: Db, ctx: RequestContext, input: CreateParticipantInput) {
  const { id, isReplay } = await createParticipant(db, ctx, ctx.actor, input);
  return { isReplay, view: await participantDetail(db, ctx, id) };
}

export async function changeParticipant(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateParticipantInput,
) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    const row = await lockLiveParticipant(trx, actor, id);
    const areaId = input.areaId === undefined ? row.area_id : input.areaId;
    const departmentId =
      input.departmentId === undefined
        ? input.areaId === undefined
          ? row.department_id
          : null
        : input.departmentId;
    await checkPlace(trx, actor.plan.id, areaId, departmentId);
    await updateParticipant(trx, id, {
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.birthYear !== undefined ? { birth_year: input.birthYear } : {}),
      ...(input.gender !== undefined ? { gender: input.gender } : {}),
      ...(input.contact !== undefined ? { contact: input.contact } : {}),
      area_id: areaId,
      department_id: departmentId,
    });
  });
  return participantDetail(db, ctx, id);
}

/**
 * Withdrawal of consent: without consent only anonymous counting is allowed, so the withdrawal is
 * recorded and the participant's personal data erased in the same transaction.
 */
export async function withdrawConsent(db: Db, ctx: RequestContext, id: string, withdrawnOn: string) {
  await withTransaction(db, ctx, async (trx) => {
    await lockLiveParticipant(trx, ctx.actor, id);
    await withdrawConsents(trx, id, withdrawnOn, ctx.actor.userId);
    await erasePersonalData(trx, id);
  });
}

export async function shareParticipant(db: Db, ctx: RequestContext, id: string, userId: string) {
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    await lockLiveParticipant(trx, ctx.actor, id);
    if (!(await findColleague(trx, planId, userId))) throw fieldError('userId', t.unknownUser);
    await insertShare(trx, planId, id, userId);
  });
  return participantDetail(db, ctx, id);
}
