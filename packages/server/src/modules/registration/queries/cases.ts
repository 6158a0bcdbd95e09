import { sql } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Paging } from '../../../platform/contract/paging.ts';
import type { Db } from '../../../platform/db/database.ts';
import { direction, fetchPage } from '../../../platform/db/paging.ts';
import { containsFolded, danishOrder } from '../../../platform/db/search.ts';
import type { CASE_SORTS } from '../contract/shared.ts';
import { scopeCases } from './scope.ts';

function caseQuery(db: Db, actor: SessionActor) {
  return db
    .selectFrom('support_case')
    .innerJoin('team', 'team.id', 'support_case.team_id')
    .innerJoin('plan_activity', 'plan_activity.id', 'support_case.activity_id')
    .leftJoin('participant', 'participant.id', 'support_case.participant_id')
    .leftJoin('app_user', 'app_user.id', 'support_case.responsible_user_id')
    .where(scopeCases(actor))
    .select([
      'support_case.id',
      'support_case.participant_id',
      'participant.display_name as participant_name',
      'support_case.activity_id',
      'plan_activity.name as activity_name',
      'support_case.team_id',
      'team.name as team_name',
      'support_case.responsible_user_id',
      'app_user.display_name as responsible_name',
      'support_case.area_id',
      'support_case.referral_id',
      'support_case.started_on',
      'support_case.status',
      'support_case.ended_on',
      'support_case.outcome',
    ]);
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export interface CaseSearch extends Paging<(typeof CASE_SORTS)[number]> {
  scope: 'mine' | 'team' | 'all';
  status?: string | undefined;
  activityId?: string | undefined;
  q?: string | undefined;
  participantId?: string | undefined;
}

const SORT_COLUMNS = {
  started: 'support_case.started_on',
  participant: 'participant.display_name',
  activity: 'plan_activity.name',
  responsible: 'app_user.display_name',
  status: 'support_case.status',
} as const;
const TEXT_SORTS = new Set<string>(['participant', 'activity', 'responsible']);

/** One page of the forløb in the actor's scope, by the search's filters and order. */
export function listCases(db: Db, actor: SessionActor, search: CaseSearch) {
  const sort = search.sort;
  const column = TEXT_SORTS.has(sort) ? danishOrder(SORT_COLUMNS[sort]) : sql.ref(SORT_COLUMNS[sort]);
  return fetchPage(
    db,
    filteredCases(db, actor, search).orderBy(column, direction(search.dir)).orderBy('support_case.id'),
    search,
  );
}

/** Every forløb of one participant in the actor's scope, newest first (the participant's page). */
export function casesOfParticipant(db: Db, actor: SessionActor, participantId: string) {
  return caseQuery(db, actor)
    .where('support_case.participant_id', '=', participantId)
    .orderBy('support_case.started_on', 'desc')
    .orderBy('support_case.id')
    .execute();
}

function filteredCases(db: Db, actor: SessionActor, search: Omit<CaseSearch, keyof Paging>) {
  let query = caseQuery(db, actor);
  if (search.scope === 'mine') query = query.where('support_case.responsible_user_id', '=', actor.userId);
  if (search.scope === 'team') {
    query = query.where('support_case.team_id', '=', (eb) =>
      eb.selectFrom('app_user as me').select('me.team_id').where('me.id', '=', actor.userId),
    );
  }
  if (search.status) query = query.where('support_case.status', '=', search.status);
  if (search.activityId) query = query.where('support_case.activity_id', '=', search.activityId);
  if (search.participantId) query = query.where('support_case.participant_id', '=', search.participantId);
  const q = search.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([
        containsFolded(eb.ref('participant.display_name'), q),
        containsFolded(eb.ref('plan_activity.name'), q),
      ]),
    );
  }
  return query;
}

export function findCase(db: Db, actor: SessionActor, id: string) {
  return caseQuery(db, actor).where('support_case.id', '=', id).executeTakeFirst();
}

export function lockCase(db: Db, actor: SessionActor, id: string) {
  return db
    .selectFrom('support_case')
    .selectAll('support_case')
    .where(scopeCases(actor))
    .where('support_case.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertCase(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    participant_id: string | null;
    team_id: string;
    responsible_user_id: string | null;
    activity_id: string;
    referral_id: string | null;
    area_id: string | null;
    started_on: string;
  },
) {
  return db
    .insertInto('support_case')
    .values(values)
    .onConflict((oc) => oc.constraint('support_case_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findCaseIdByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('support_case')
    .select(['id', 'activity_id'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function updateCase(
  db: Db,
  id: string,
  values: Partial<{ status: string; ended_on: string | null; outcome: string | null }>,
) {
  return db
    .updateTable('support_case')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function insertGoals(
  db: Db,
  planId: string,
  caseId: string,
  goals: ReadonlyArray<{ text: string; agreedOn: string; agreedAt: string | null }>,
) {
  if (goals.length === 0) return Promise.resolve();
  return db
    .insertInto('support_case_goal')
    .values(
      goals.map((g) => ({
        plan_id: planId,
        case_id: caseId,
        text: g.text,
        agreed_on: g.agreedOn,
        agreed_at: g.agreedAt,
      })),
    )
    .execute()
    .then(() => undefined);
}

/** For a write: one goal of the case, locked; undefined if the case has no such goal. */
export function lockGoal(db: Db, caseId: string, goalId: string) {
  return db
    .selectFrom('support_case_goal')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', goalId)
    .forUpdate()
    .executeTakeFirst();
}

export function setGoalReached(db: Db, goalId: string, achievedOn: string | null) {
  return db
    .updateTable('support_case_goal')
    .set({ achieved: achievedOn !== null, achieved_on: achievedOn })
    .where('id', '=', goalId)
    .execute();
}

export function listGoals(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('support_case_goal')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('agreed_on')
    .orderBy('created_at')
    .execute();
}

export function insertContact(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    case_id: string;
    occurred_on: string;
    kind: string;
    note: string | null;
    recorded_by: string;
  },
) {
  return db
    .insertInto('support_case_contact')
    .values(values)
    .onConflict((oc) => oc.constraint('support_case_contact_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findContactByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('support_case_contact')
    .select(['id', 'case_id'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function listContacts(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('support_case_contact')
    .leftJoin('app_user', 'app_user.id', 'support_case_contact.recorded_by')
    .selectAll('support_case_contact')
    .select('app_user.display_name as recorded_by_name')
    .where('support_case_contact.case_id', 'in', caseIds)
    .orderBy('support_case_contact.occurred_on', 'desc')
    .orderBy('support_case_contact.created_at', 'desc')
    .execute();
}

/** Hands every open forløb of one worker to another (platform/users/handover.ts). */
export async function moveOpenCases(db: Db, planId: string, fromUserId: string, toUserId: string) {
  const result = await db
    .updateTable('support_case')
    .set({ responsible_user_id: toUserId })
    .where('plan_id', '=', planId)
    .where('responsible_user_id', '=', fromUserId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
