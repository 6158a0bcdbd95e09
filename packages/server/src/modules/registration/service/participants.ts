import { da } from '@helhed/core';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { type ActorContext, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { CreateParticipantInput, UpdateParticipantInput } from '../contract.ts';
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

/** Registers a participant together with the consent that allows it; idempotent on clientKey. */
export async function createParticipant(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  input: CreateParticipantInput,
): Promise<{ id: string; isReplay: boolean }> {
  const planId = actor.plan.id;
  return withTransaction(db, context, async (trx) => {
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

export async function changeParticipant(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  id: string,
  input: UpdateParticipantInput,
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    const row = await lockParticipant(trx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.erased_at) throw new AppError('REGISTRATION_ERASED');
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
}

/**
 * Withdrawal of consent: without consent only anonymous counting is allowed, so the withdrawal is
 * recorded and the participant's personal data erased in the same transaction.
 */
export async function withdrawConsent(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  id: string,
  withdrawnOn: string,
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    const row = await lockParticipant(trx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.erased_at) throw new AppError('REGISTRATION_ERASED');
    await withdrawConsents(trx, id, withdrawnOn, actor.userId);
    await erasePersonalData(trx, id);
  });
}

export async function shareParticipant(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  id: string,
  userId: string,
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    const row = await lockParticipant(trx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.erased_at) throw new AppError('REGISTRATION_ERASED');
    if (!(await findColleague(trx, actor.plan.id, userId))) throw fieldError('userId', t.unknownUser);
    await insertShare(trx, actor.plan.id, id, userId);
  });
}
