import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';

/**
 * A small, known registration dataset for the report tests, written straight into the tables
 * (as the registration module would), so the expected numbers can be counted by hand.
 */
export interface Refs {
  teamId: string;
  activityA: { id: string; name: string };
  activityB: { id: string; name: string };
  area1: { id: string; name: string };
  area2: { id: string; name: string };
}

export async function planRefs(db: Kysely<Database>, planId: string): Promise<Omit<Refs, 'teamId'>> {
  const activities = await db
    .selectFrom('plan_activity')
    .select(['id', 'name'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .limit(2)
    .execute();
  const areas = await db
    .selectFrom('plan_area')
    .select(['id', 'name'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .limit(2)
    .execute();
  const [activityA, activityB] = activities;
  const [area1, area2] = areas;
  if (!activityA || !activityB || !area1 || !area2) throw new Error('plan without activities or areas');
  return { activityA, activityB, area1, area2 };
}

export interface PersonSpec {
  areaId: string;
  birthYear: number;
  /** Consent to statistics (default yes); null: no consent row at all (erased before migration 0011). */
  statistics?: boolean | null;
}

export async function insertParticipants(
  db: Kysely<Database>,
  planId: string,
  teamId: string,
  people: PersonSpec[],
): Promise<string[]> {
  if (people.length === 0) return [];
  return withTransaction(db, systemActor('test', planId), async (trx) => {
    const rows = await trx
      .insertInto('participant')
      .values(
        people.map((person, index) => ({
          plan_id: planId,
          team_id: teamId,
          display_name: `Testperson ${index + 1}`,
          birth_year: person.birthYear,
          area_id: person.areaId,
        })),
      )
      .returning('id')
      .execute();
    const consents = rows
      .map((row, index) => ({ row, statistics: people[index]?.statistics }))
      .filter((c) => c.statistics !== null)
      .map((c) => ({
        plan_id: planId,
        participant_id: c.row.id,
        given_on: '2024-01-01',
        for_registration: true,
        for_statistics: c.statistics ?? true,
        for_partner_contact: false,
      }));
    if (consents.length > 0) await trx.insertInto('participant_consent').values(consents).execute();
    return rows.map((row) => row.id);
  });
}

export async function addTeam(db: Kysely<Database>, planId: string, name = 'Team rapport'): Promise<string> {
  const row = await withTransaction(db, systemActor('test', planId), (trx) =>
    trx.insertInto('team').values({ plan_id: planId, name }).returning('id').executeTakeFirstOrThrow(),
  );
  return row.id;
}

export interface CaseSpec {
  participantId: string | null;
  activityId: string;
  areaId?: string | null;
  startedOn: string;
  endedOn?: string;
  outcome?: string;
}

export async function insertCases(db: Kysely<Database>, planId: string, teamId: string, cases: CaseSpec[]) {
  if (cases.length === 0) return;
  await withTransaction(db, systemActor('test', planId), (trx) =>
    trx
      .insertInto('support_case')
      .values(
        cases.map((spec) => ({
          plan_id: planId,
          team_id: teamId,
          participant_id: spec.participantId,
          activity_id: spec.activityId,
          area_id: spec.areaId ?? null,
          started_on: spec.startedOn,
          ended_on: spec.endedOn ?? null,
          outcome: spec.outcome ?? null,
          status: spec.endedOn ? 'closed' : 'open',
        })),
      )
      .execute(),
  );
}

export interface ReferralSpec {
  participantId: string;
  activityId: string;
  source: string;
  referredOn: string;
}

export async function insertReferrals(db: Kysely<Database>, planId: string, referrals: ReferralSpec[]) {
  if (referrals.length === 0) return;
  await withTransaction(db, systemActor('test', planId), (trx) =>
    trx
      .insertInto('referral')
      .values(
        referrals.map((spec) => ({
          plan_id: planId,
          participant_id: spec.participantId,
          activity_id: spec.activityId,
          source: spec.source,
          referred_on: spec.referredOn,
        })),
      )
      .execute(),
  );
}

/** A group course in `activityId` with sessions held on `sessionDays`, every participant at every session. */
export async function insertGroup(
  db: Kysely<Database>,
  planId: string,
  teamId: string,
  activityId: string,
  participantIds: string[],
  sessionDays: string[],
) {
  await withTransaction(db, systemActor('test', planId), async (trx) => {
    const course = await trx
      .insertInto('group_course')
      .values({
        plan_id: planId,
        team_id: teamId,
        activity_id: activityId,
        kind: 'group',
        title: 'Testhold',
        starts_on: sessionDays[0] ?? '2025-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const enrolments = participantIds.length
      ? await trx
          .insertInto('group_enrolment')
          .values(
            participantIds.map((id) => ({
              plan_id: planId,
              course_id: course.id,
              participant_id: id,
              enrolled_on: sessionDays[0] ?? '2025-01-01',
            })),
          )
          .returning('id')
          .execute()
      : [];
    for (const [index, day] of sessionDays.entries()) {
      const session = await trx
        .insertInto('group_session')
        .values({ plan_id: planId, course_id: course.id, number: index + 1, held_on: day })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (enrolments.length) {
        await trx
          .insertInto('group_attendance')
          .values(enrolments.map((e) => ({ plan_id: planId, session_id: session.id, enrolment_id: e.id })))
          .execute();
      }
    }
  });
}

export async function insertVolunteer(
  db: Kysely<Database>,
  planId: string,
  participantId: string,
  activityId: string | null,
  startedOn: string,
) {
  await withTransaction(db, systemActor('test', planId), (trx) =>
    trx
      .insertInto('volunteer')
      .values({
        plan_id: planId,
        participant_id: participantId,
        activity_id: activityId,
        started_on: startedOn,
      })
      .execute(),
  );
}

export async function insertAreaEvents(
  db: Kysely<Database>,
  planId: string,
  teamId: string,
  areaId: string,
  day: string,
  attendees: number,
  safetyContacts: number,
) {
  await withTransaction(db, systemActor('test', planId), async (trx) => {
    await trx
      .insertInto('cks_meeting')
      .values({
        plan_id: planId,
        team_id: teamId,
        held_on: day,
        area_id: areaId,
        attendance: JSON.stringify([{ organisation: 'SSP', count: attendees }]),
      })
      .execute();
    for (let i = 0; i < safetyContacts; i++) {
      await trx
        .insertInto('safety_contact')
        .values({
          plan_id: planId,
          team_id: teamId,
          occurred_on: day,
          reported_by: 'resident',
          area_id: areaId,
          situation: 'Uro i opgangen',
        })
        .execute();
    }
  });
}
