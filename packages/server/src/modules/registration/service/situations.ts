import { da } from '@helhed/core';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { type ActorContext, withTransaction } from '../../../platform/db/transaction.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import type { CksMeetingInput, SafetyContactInput } from '../contract-groups.ts';
import { existsInPlan } from '../queries/lookups.ts';
import { lockParticipant } from '../queries/participants.ts';
import { insertCksMeeting, insertSafetyContact, insertVolunteer } from '../queries/situations.ts';
import { resolveTeam } from './participants.ts';

const t = da.registration.errors;

async function checkArea(db: Db, planId: string, areaId: string | null | undefined) {
  if (areaId && !(await existsInPlan(db, 'plan_area', planId, areaId)))
    throw fieldError('areaId', t.unknownArea);
}

/** A resident who volunteers via the plan; the person must be a registered, consenting participant. */
export async function addVolunteer(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  input: {
    clientKey: string;
    participantId: string;
    startedOn: string;
    activityId?: string | null | undefined;
  },
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    const participant = await lockParticipant(trx, actor, input.participantId);
    if (!participant) throw fieldError('participantId', da.errors.notFound);
    if (participant.erased_at) throw fieldError('participantId', t.participantErased);
    if (input.activityId && !(await existsInPlan(trx, 'plan_activity', actor.plan.id, input.activityId))) {
      throw fieldError('activityId', t.unknownActivity);
    }
    await insertVolunteer(trx, {
      plan_id: actor.plan.id,
      client_key: input.clientKey,
      participant_id: input.participantId,
      activity_id: input.activityId ?? null,
      started_on: input.startedOn,
    });
  });
}

export async function addSafetyContact(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  input: SafetyContactInput,
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    await checkArea(trx, actor.plan.id, input.areaId);
    if (input.followedUpOn && input.followedUpOn < input.occurredOn) {
      throw fieldError('followedUpOn', t.endBeforeStart);
    }
    await insertSafetyContact(trx, {
      plan_id: actor.plan.id,
      client_key: input.clientKey,
      team_id: await resolveTeam(trx, actor, null),
      occurred_on: input.occurredOn,
      reported_by: input.reportedBy,
      area_id: input.areaId ?? null,
      place: input.place,
      situation: input.situation,
      routed_to: [...new Set(input.routedTo)],
      follow_up: input.followUp,
      followed_up_on: input.followedUpOn ?? null,
    });
  });
}

export async function addCksMeeting(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  input: CksMeetingInput,
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    await checkArea(trx, actor.plan.id, input.areaId);
    await insertCksMeeting(trx, {
      plan_id: actor.plan.id,
      client_key: input.clientKey,
      team_id: await resolveTeam(trx, actor, null),
      held_on: input.heldOn,
      area_id: input.areaId ?? null,
      attendance: JSON.stringify(input.attendance),
      agreements: input.agreements,
    });
  });
}
