import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import type { CksMeetingInput, SafetyContactInput } from '../contract/groups.ts';
import { existsInPlan } from '../queries/lookups.ts';
import {
  countNewVolunteers,
  insertCksMeeting,
  insertSafetyContact,
  insertVolunteer,
  listCksMeetings,
  listSafetyContacts,
  listVolunteers,
  type SituationSearch,
  type VolunteerSearch,
} from '../queries/situations.ts';
import { participantToRecord, resolveTeam } from './participants.ts';
import { presentCksMeetings, presentSafetyContacts, presentVolunteers } from './present-situations.ts';

const t = da.registration.errors;

async function checkArea(db: Db, planId: string, areaId: string | null | undefined) {
  if (areaId && !(await existsInPlan(db, 'plan_area', planId, areaId)))
    throw fieldError('areaId', t.unknownArea);
}

const FIRST_PAGE: VolunteerSearch = { sort: 'started', dir: 'desc', limit: 50, offset: 0 };

/** A page of the volunteers the actor may see, with the plan's count of new volunteers in the year (default: this). */
export async function volunteerList(
  db: Db,
  ctx: RequestContext,
  search: VolunteerSearch & { year?: number | undefined } = FIRST_PAGE,
) {
  const year = search.year ?? new Date().getUTCFullYear();
  const page = await listVolunteers(db, ctx.actor, search);
  return presentVolunteers(ctx, page, year, await countNewVolunteers(db, ctx.actor.plan.id, year));
}

/**
 * A resident who volunteers via the plan; the person must be a registered, consenting participant.
 * Answers with the volunteers of the year the volunteering started.
 */
export async function addVolunteer(
  db: Db,
  ctx: RequestContext,
  input: {
    clientKey: string;
    participantId: string;
    startedOn: string;
    activityId?: string | null | undefined;
  },
) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    await participantToRecord(trx, actor, input.participantId);
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
  return volunteerList(db, ctx, { ...FIRST_PAGE, year: Number(input.startedOn.slice(0, 4)) });
}

export async function safetyContactList(db: Db, ctx: RequestContext, search: SituationSearch) {
  return presentSafetyContacts(ctx, await listSafetyContacts(db, ctx.actor, search));
}

export async function addSafetyContact(
  db: Db,
  ctx: RequestContext,
  input: SafetyContactInput,
): Promise<void> {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
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

export async function cksMeetingList(db: Db, ctx: RequestContext, search: SituationSearch) {
  return presentCksMeetings(ctx, await listCksMeetings(db, ctx.actor, search));
}

export async function addCksMeeting(db: Db, ctx: RequestContext, input: CksMeetingInput): Promise<void> {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
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
