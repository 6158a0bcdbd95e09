import { type ExpressionBuilder, sql } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Paging } from '../../../platform/contract/paging.ts';
import type { Database, Db } from '../../../platform/db/database.ts';
import { direction, fetchPage } from '../../../platform/db/paging.ts';
import { containsFolded, danishOrder } from '../../../platform/db/search.ts';
import type { PARTICIPANT_SORTS, PARTICIPANT_STATUSES } from '../contract/shared.ts';
import { scopeParticipants } from './scope.ts';

// Participants with their area, department and team names; every read goes through the scope.
function participantQuery(db: Db, actor: SessionActor) {
  return db
    .selectFrom('participant')
    .innerJoin('team', 'team.id', 'participant.team_id')
    .leftJoin('plan_area', 'plan_area.id', 'participant.area_id')
    .leftJoin('plan_department', 'plan_department.id', 'participant.department_id')
    .where(scopeParticipants(actor))
    .select([
      'participant.id',
      'participant.display_name',
      'participant.birth_year',
      'participant.gender',
      'participant.area_id',
      'plan_area.name as area_name',
      'participant.department_id',
      'plan_department.name as department_name',
      'participant.contact',
      'participant.team_id',
      'team.name as team_name',
      'participant.created_at',
      'participant.erased_at',
    ]);
}

export type ParticipantRow = Awaited<ReturnType<typeof findParticipant>> & {};

export interface ParticipantSearch extends Paging<(typeof PARTICIPANT_SORTS)[number]> {
  q?: string | undefined;
  birthYear?: number | undefined;
  areaId?: string | undefined;
  teamId?: string | undefined;
  activityId?: string | undefined;
  status?: (typeof PARTICIPANT_STATUSES)[number] | undefined;
}

const SORT_COLUMNS = {
  name: 'participant.display_name',
  birthYear: 'participant.birth_year',
  area: 'plan_area.name',
  team: 'team.name',
  created: 'participant.created_at',
} as const;

const TEXT_SORTS = new Set<string>(['name', 'area', 'team']);

const LIVE_CASE = ['open', 'retention'];

/**
 * One page of the participants in the actor's scope. The search text matches any part of the name
 * (so also its start), and a four-digit text also the birth year; the filters narrow by birth year,
 * area, team, activity (a forløb in it) and status (an open forløb, only ended ones, none).
 */
export function listParticipants(db: Db, actor: SessionActor, search: ParticipantSearch) {
  let query = participantQuery(db, actor).where('participant.erased_at', 'is', null);
  const q = search.q?.trim();
  if (q) {
    query = query.where((eb) => {
      const inName = containsFolded(eb.ref('participant.display_name'), q);
      return /^\d{4}$/.test(q) ? eb.or([inName, eb('participant.birth_year', '=', Number(q))]) : inName;
    });
  }
  if (search.birthYear !== undefined) query = query.where('participant.birth_year', '=', search.birthYear);
  if (search.areaId) query = query.where('participant.area_id', '=', search.areaId);
  if (search.teamId) query = query.where('participant.team_id', '=', search.teamId);
  if (search.activityId) {
    const activityId = search.activityId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('support_case')
          .select('support_case.id')
          .whereRef('support_case.participant_id', '=', 'participant.id')
          .where('support_case.activity_id', '=', activityId),
      ),
    );
  }
  if (search.status) query = query.where(statusFilter(search.status));
  const sort = search.sort;
  const column = TEXT_SORTS.has(sort) ? danishOrder(SORT_COLUMNS[sort]) : sql.ref(SORT_COLUMNS[sort]);
  return fetchPage(db, query.orderBy(column, direction(search.dir)).orderBy('participant.id'), search);
}

function statusFilter(status: NonNullable<ParticipantSearch['status']>) {
  return (eb: ExpressionBuilder<Database, 'participant'>) => {
    const cases = (live: boolean | null) => {
      let sub = eb
        .selectFrom('support_case')
        .select('support_case.id')
        .whereRef('support_case.participant_id', '=', 'participant.id');
      if (live === true) sub = sub.where('support_case.status', 'in', LIVE_CASE);
      if (live === false) sub = sub.where('support_case.status', 'not in', LIVE_CASE);
      return eb.exists(sub);
    };
    if (status === 'in-progress') return cases(true);
    if (status === 'ended') return eb.and([cases(false), eb.not(cases(true))]);
    return eb.not(cases(null));
  };
}

export function findParticipant(db: Db, actor: SessionActor, id: string) {
  return participantQuery(db, actor).where('participant.id', '=', id).executeTakeFirst();
}

/** For writes: the participant row in scope, locked for the rest of the transaction. */
/**
 * The names a new participant could be a second record of: every live participant in the actor's
 * scope with the same birth year or none (or all of them, when the new one's year is not known).
 */
export function listDuplicateCandidates(db: Db, actor: SessionActor, birthYear: number | undefined) {
  let query = db
    .selectFrom('participant')
    .where(scopeParticipants(actor))
    .where('participant.erased_at', 'is', null)
    .select(['participant.id', 'participant.display_name', 'participant.birth_year', 'participant.area_id']);
  if (birthYear !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('participant.birth_year', '=', birthYear), eb('participant.birth_year', 'is', null)]),
    );
  }
  return query.execute();
}

export function findParticipantsByIds(db: Db, actor: SessionActor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return participantQuery(db, actor).where('participant.id', 'in', ids).execute();
}

export function lockParticipant(db: Db, actor: SessionActor, id: string) {
  return db
    .selectFrom('participant')
    .selectAll('participant')
    .where(scopeParticipants(actor))
    .where('participant.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertParticipant(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    team_id: string;
    display_name: string;
    birth_year: number | null;
    gender: string;
    area_id: string | null;
    department_id: string | null;
    contact: string | null;
  },
) {
  return db
    .insertInto('participant')
    .values(values)
    .onConflict((oc) => oc.constraint('participant_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findParticipantIdByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('participant')
    .select(['id', 'display_name'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function updateParticipant(
  db: Db,
  id: string,
  values: Partial<{
    display_name: string;
    birth_year: number | null;
    gender: string;
    area_id: string | null;
    department_id: string | null;
    contact: string | null;
  }>,
) {
  return db
    .updateTable('participant')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function insertConsent(
  db: Db,
  values: {
    plan_id: string;
    participant_id: string;
    given_on: string;
    recorded_by: string;
    for_registration: boolean;
    for_statistics: boolean;
    for_partner_contact: boolean;
    partner_names: string | null;
  },
) {
  return db.insertInto('participant_consent').values(values).execute();
}

export function listConsents(db: Db, participantId: string) {
  return db
    .selectFrom('participant_consent')
    .leftJoin('app_user', 'app_user.id', 'participant_consent.recorded_by')
    .leftJoin('app_user as withdrawer', 'withdrawer.id', 'participant_consent.withdrawn_by')
    .selectAll('participant_consent')
    .select(['app_user.display_name as recorded_by_name', 'withdrawer.display_name as withdrawn_by_name'])
    .where('participant_consent.participant_id', '=', participantId)
    .orderBy('participant_consent.created_at')
    .execute();
}

export function withdrawConsents(db: Db, participantId: string, withdrawnOn: string, userId: string) {
  return db
    .updateTable('participant_consent')
    .set({ withdrawn_on: withdrawnOn, withdrawn_by: userId })
    .where('participant_id', '=', participantId)
    .where('withdrawn_on', 'is', null)
    .where('given_on', '<=', withdrawnOn)
    .execute();
}

export function listShares(db: Db, participantId: string) {
  return db
    .selectFrom('participant_share')
    .innerJoin('app_user', 'app_user.id', 'participant_share.user_id')
    .select(['participant_share.user_id', 'app_user.display_name'])
    .where('participant_share.participant_id', '=', participantId)
    .orderBy('app_user.display_name')
    .execute();
}

export function insertShare(db: Db, planId: string, participantId: string, userId: string) {
  return db
    .insertInto('participant_share')
    .values({ plan_id: planId, participant_id: participantId, user_id: userId })
    .onConflict((oc) => oc.constraint('participant_share_key').doNothing())
    .execute();
}
