import { sql } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Paging } from '../../../platform/contract/paging.ts';
import type { Db } from '../../../platform/db/database.ts';
import { direction, fetchPage } from '../../../platform/db/paging.ts';
import { containsFolded, danishOrder } from '../../../platform/db/search.ts';
import type { VOLUNTEER_SORTS } from '../contract/shared.ts';
import { scopeParticipants, scopeTeamRows } from './scope.ts';

/** Tryghed contacts and CKS meetings are listed by date; the search text and the area narrow them. */
export interface SituationSearch extends Paging<'date'> {
  q?: string | undefined;
  areaId?: string | undefined;
}

export function insertVolunteer(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    participant_id: string;
    activity_id: string | null;
    started_on: string;
  },
) {
  return db
    .insertInto('volunteer')
    .values(values)
    .onConflict((oc) => oc.constraint('volunteer_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Volunteers whose participant the actor may see. */
export interface VolunteerSearch extends Paging<(typeof VOLUNTEER_SORTS)[number]> {
  q?: string | undefined;
}

/** One page of the volunteers whose participant is in the actor's scope; the text searches the name. */
export function listVolunteers(db: Db, actor: SessionActor, search: VolunteerSearch) {
  let query = db
    .selectFrom('volunteer')
    .innerJoin('participant', 'participant.id', 'volunteer.participant_id')
    .where(scopeParticipants(actor))
    .select(['volunteer.id', 'volunteer.participant_id', 'participant.display_name', 'volunteer.started_on']);
  const q = search.q?.trim();
  if (q) query = query.where((eb) => containsFolded(eb.ref('participant.display_name'), q));
  const order =
    search.sort === 'name' ? danishOrder('participant.display_name') : sql.ref('volunteer.started_on');
  return fetchPage(db, query.orderBy(order, direction(search.dir)).orderBy('volunteer.id'), search);
}

/**
 * The plan's indicator: unique new volunteers in a year, i.e. persons whose first volunteering
 * started that year. An aggregate without names, over the whole plan.
 */
export async function countNewVolunteers(db: Db, planId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('volunteer')
        .select(['participant_id', sql<string>`min(started_on)`.as('first_on')])
        .where('plan_id', '=', planId)
        .groupBy('participant_id')
        .as('firsts'),
    )
    .select(sql<number>`count(*)::int`.as('n'))
    .where(sql<number>`extract(year from first_on::date)`, '=', year)
    .executeTakeFirstOrThrow();
  return row.n;
}

export function insertSafetyContact(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    team_id: string;
    occurred_on: string;
    reported_by: string;
    area_id: string | null;
    place: string | null;
    situation: string;
    routed_to: string[];
    follow_up: string | null;
    followed_up_on: string | null;
  },
) {
  return db
    .insertInto('safety_contact')
    .values(values)
    .onConflict((oc) => oc.constraint('safety_contact_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** One page of tryghed contacts in the actor's scope: the text is searched in place, situation and follow-up. */
export function listSafetyContacts(db: Db, actor: SessionActor, search: SituationSearch) {
  let query = db
    .selectFrom('safety_contact')
    .selectAll('safety_contact')
    .where(scopeTeamRows(actor, 'safety_contact'));
  const q = search.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([
        containsFolded(eb.ref('safety_contact.place'), q),
        containsFolded(eb.ref('safety_contact.situation'), q),
        containsFolded(eb.ref('safety_contact.follow_up'), q),
      ]),
    );
  }
  if (search.areaId) query = query.where('safety_contact.area_id', '=', search.areaId);
  return fetchPage(
    db,
    query.orderBy('safety_contact.occurred_on', direction(search.dir)).orderBy('safety_contact.id'),
    search,
  );
}

export function insertCksMeeting(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    team_id: string;
    held_on: string;
    area_id: string | null;
    attendance: string;
    agreements: string | null;
  },
) {
  return db
    .insertInto('cks_meeting')
    .values(values)
    .onConflict((oc) => oc.constraint('cks_meeting_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** One page of CKS meetings in the actor's scope: the text is searched in the agreements. */
export function listCksMeetings(db: Db, actor: SessionActor, search: SituationSearch) {
  let query = db
    .selectFrom('cks_meeting')
    .selectAll('cks_meeting')
    .where(scopeTeamRows(actor, 'cks_meeting'));
  const q = search.q?.trim();
  if (q) query = query.where((eb) => containsFolded(eb.ref('cks_meeting.agreements'), q));
  if (search.areaId) query = query.where('cks_meeting.area_id', '=', search.areaId);
  return fetchPage(
    db,
    query.orderBy('cks_meeting.held_on', direction(search.dir)).orderBy('cks_meeting.id'),
    search,
  );
}
