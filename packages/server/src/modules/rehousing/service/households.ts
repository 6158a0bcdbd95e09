import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import { resolveTeam } from '../../registration/index.ts';
import type { CreateHouseholdInput, UpdateHouseholdInput } from '../contract/requests.ts';
import { insertEvent } from '../queries/events.ts';
import {
  erasePersonalData,
  findColleague,
  findHouseholdIdByClientKey,
  insertHousehold,
  lockHousehold,
  updateHousehold,
} from '../queries/households.ts';
import { findPhase } from '../queries/phases.ts';
import { householdDetail } from './views.ts';

const t = da.rehousing.errors;

async function checkResponsible(db: Db, planId: string, userId: string | null | undefined) {
  if (userId && !(await findColleague(db, planId, userId)))
    throw fieldError('responsibleUserId', t.unknownUser);
}

/** Registers a household in a phase with its `registered` event; idempotent on clientKey. */
export async function createHousehold(db: Db, ctx: RequestContext, input: CreateHouseholdInput) {
  const { actor } = ctx;
  const planId = actor.plan.id;
  const { id, isReplay } = await withTransaction(db, ctx, async (trx) => {
    const earlier = await findHouseholdIdByClientKey(trx, planId, input.clientKey);
    if (earlier) {
      if (earlier.contact_name !== input.contactName) throw new AppError('CONFLICT');
      return { id: earlier.id, isReplay: true };
    }
    if (!(await findPhase(trx, planId, input.phaseId))) throw fieldError('phaseId', t.unknownPhase);
    const teamId = await resolveTeam(trx, actor, input.teamId);
    await checkResponsible(trx, planId, input.responsibleUserId);
    const inserted = await insertHousehold(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      phase_id: input.phaseId,
      team_id: teamId,
      responsible_user_id: input.responsibleUserId ?? actor.userId,
      contact_name: input.contactName,
      contact_info: input.contactInfo,
      adults: input.adults,
      children_0_5: input.children0to5 ?? 0,
      children_6_17: input.children6to17 ?? 0,
      current_address: input.currentAddress,
      rehousing_type: input.rehousingType,
      wish_areas: input.wishAreas,
      wish_rooms: input.wishRooms ?? null,
      wish_floor: input.wishFloor,
      wish_pets: input.wishPets ?? false,
      wish_accessible: input.wishAccessible ?? false,
      special_needs: input.specialNeeds,
      special_needs_consent_on: input.specialNeeds ? (input.specialNeedsConsentOn ?? null) : null,
    });
    if (!inserted) throw new AppError('CONFLICT');
    await insertEvent(trx, {
      plan_id: planId,
      household_id: inserted.id,
      type: 'registered',
      occurred_on: input.registeredOn,
      recorded_by: actor.userId,
    });
    return { id: inserted.id, isReplay: false };
  });
  return { isReplay, detail: await householdDetail(db, ctx, id) };
}

/** Changes what a worker may correct by hand; answers the household as it is now. */
export async function changeHousehold(db: Db, ctx: RequestContext, id: string, input: UpdateHouseholdInput) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    const row = await lockHousehold(trx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.erased_at) throw new AppError('REHOUSING_ERASED');
    await checkResponsible(trx, actor.plan.id, input.responsibleUserId);
    const needs = input.specialNeeds === undefined ? row.special_needs : input.specialNeeds;
    const consent =
      input.specialNeedsConsentOn === undefined ? row.special_needs_consent_on : input.specialNeedsConsentOn;
    if (needs && !consent) throw fieldError('specialNeedsConsentOn', t.needsConsent);
    await updateHousehold(trx, id, {
      ...(input.responsibleUserId !== undefined ? { responsible_user_id: input.responsibleUserId } : {}),
      ...(input.contactName !== undefined ? { contact_name: input.contactName } : {}),
      ...(input.contactInfo !== undefined ? { contact_info: input.contactInfo } : {}),
      ...(input.adults !== undefined ? { adults: input.adults } : {}),
      ...(input.children0to5 !== undefined ? { children_0_5: input.children0to5 } : {}),
      ...(input.children6to17 !== undefined ? { children_6_17: input.children6to17 } : {}),
      ...(input.currentAddress !== undefined ? { current_address: input.currentAddress } : {}),
      ...(input.wishAreas !== undefined ? { wish_areas: input.wishAreas } : {}),
      ...(input.wishRooms !== undefined ? { wish_rooms: input.wishRooms } : {}),
      ...(input.wishFloor !== undefined ? { wish_floor: input.wishFloor } : {}),
      ...(input.wishPets !== undefined ? { wish_pets: input.wishPets } : {}),
      ...(input.wishAccessible !== undefined ? { wish_accessible: input.wishAccessible } : {}),
      special_needs: needs,
      special_needs_consent_on: needs ? consent : null,
    });
  });
  return householdDetail(db, ctx, id);
}

/** Erasure (on request, or by retention): the household stays only as an anonymous count. */
export async function eraseHousehold(db: Db, ctx: RequestContext, id: string): Promise<void> {
  await withTransaction(db, ctx, async (trx) => {
    const row = await lockHousehold(trx, ctx.actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.erased_at) throw new AppError('REHOUSING_ERASED');
    await erasePersonalData(trx, id);
  });
}
