import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import type { Database } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { buildProgramReport } from '../../program/index.ts';
import { buildAnnualReport, buildQuarterlyReport } from '../index.ts';
import { countLocalRule } from '../queries/annual.ts';
import { countCases, countPersons, countReferrals, countSessions } from '../queries/quarterly.ts';
import { LOCAL_RULES } from '../service/local-indicators.ts';
import { insertParticipants, insertVolunteer, type Refs } from './fixture.ts';
import { loadKnownDataset } from './known-dataset.ts';

// Issue 15, item 5: a participant without consent to statistics is counted in no report, in no
// format. Each test adds one person who touches every count (a forløb started and ended in the
// quarter with an outcome and an age in a local indicator's band, a referral, a group session, a
// volunteer period) and compares every published figure before and after. A positive control adds
// the same registrations for a person with consent and sees the exact counts change, so the
// comparison would notice a leak.

type Consent = 'yes' | 'no' | 'withdrawn' | 'newest-says-no' | 'none';

async function addPersonEverywhere(db: Kysely<Database>, planId: string, refs: Refs, consent: Consent) {
  const [id] = await insertParticipants(db, planId, refs.teamId, [
    {
      areaId: refs.area1.id,
      birthYear: 2000,
      statistics: consent === 'none' ? null : consent !== 'no' && consent !== 'newest-says-no',
    },
  ]);
  const person = id as string;
  await withTransaction(db, systemActor('test', planId), async (trx) => {
    if (consent === 'withdrawn') {
      await trx
        .updateTable('participant_consent')
        .set({ withdrawn_on: '2025-04-02' })
        .where('participant_id', '=', person)
        .execute();
    }
    if (consent === 'newest-says-no') {
      // An older consent said yes; the newest (given later) says no.
      await trx
        .insertInto('participant_consent')
        .values({
          plan_id: planId,
          participant_id: person,
          given_on: '2023-06-01',
          for_registration: true,
          for_statistics: true,
          for_partner_contact: false,
        })
        .execute();
    }
    await trx
      .insertInto('support_case')
      .values({
        plan_id: planId,
        team_id: refs.teamId,
        participant_id: person,
        activity_id: refs.activityA.id,
        started_on: '2025-01-20',
        ended_on: '2025-03-01',
        outcome: 'education-started',
        status: 'closed',
      })
      .execute();
    await trx
      .insertInto('referral')
      .values({
        plan_id: planId,
        participant_id: person,
        activity_id: refs.activityA.id,
        source: 'jobcenter',
        referred_on: '2025-02-01',
      })
      .execute();
    // Enrolled in the known group of activity B and present at its first session (10 February):
    // sessions held are not counts of persons and do not change.
    const session = await trx
      .selectFrom('group_session')
      .innerJoin('group_course', 'group_course.id', 'group_session.course_id')
      .select(['group_session.id', 'group_session.course_id'])
      .where('group_course.plan_id', '=', planId)
      .where('group_session.held_on', '=', '2025-02-10')
      .executeTakeFirstOrThrow();
    const enrolment = await trx
      .insertInto('group_enrolment')
      .values({
        plan_id: planId,
        course_id: session.course_id,
        participant_id: person,
        enrolled_on: '2025-02-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('group_attendance')
      .values({ plan_id: planId, session_id: session.id, enrolment_id: enrolment.id })
      .execute();
  });
  await insertVolunteer(db, planId, person, refs.activityB.id, '2025-01-15');
  return person;
}

async function exactCounts(db: Kysely<Database>, planId: string) {
  const periods = [
    { start: '2025-01-01', end: '2025-03-31' },
    { start: '2024-01-01', end: '2024-03-31' },
  ];
  const sortRows = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
  const out: Record<string, string[]> = {};
  for (const [i, period] of periods.entries()) {
    out[`cases${i}`] = sortRows(await countCases(db, [planId], period));
    out[`referrals${i}`] = sortRows(await countReferrals(db, [planId], period));
    out[`persons${i}`] = sortRows(await countPersons(db, [planId], period));
    out[`sessions${i}`] = sortRows(await countSessions(db, [planId], period));
  }
  for (const [key, rule] of Object.entries(LOCAL_RULES)) {
    out[key] = sortRows(await countLocalRule(db, planId, rule, [2024, 2025]));
  }
  return out;
}

describe.each(TEST_DATABASES)('consent to statistics in every report on %s', (kind) => {
  let t: TestApp;
  let refs: Refs;
  let reader: Session;
  let programReader: Session;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await loadKnownDataset(t.db, t.planId);
    await addUser(t.db, t.planId, 'reader', 'laeser@example.dk');
    await addUser(t.db, t.planId, 'program_reader', 'program@example.dk');
    reader = await signIn(t.app, 'laeser@example.dk');
    programReader = await signIn(t.app, 'program@example.dk');
  }, 120_000);
  afterAll(async () => t?.close());

  const get = async (session: Session, url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: as(session, 'GET') });
    expect(response.statusCode, response.body).toBe(200);
    return response.body;
  };

  /** Every published form of every report that counts participants, as the board gets it. */
  async function published() {
    const program = await buildProgramReport(t.db, 'vollsmose', { quarter: '2025-Q1', now: new Date(0) });
    return {
      quarterlyJson: await get(reader, '/api/v1/reports/quarterly?quarter=2025-Q1'),
      quarterlyCsv: await get(reader, '/api/v1/reports/quarterly?quarter=2025-Q1&format=csv'),
      quarterlyAllPlans: JSON.stringify(await buildQuarterlyReport(t.db, { allPlans: true }, '2025-Q1')),
      quarterlyProgramReader: await get(programReader, '/api/v1/reports/quarterly?quarter=2025-Q1'),
      annualJson: await get(reader, '/api/v1/reports/annual?year=2025'),
      annualCsv: await get(reader, '/api/v1/reports/annual?year=2025&format=csv'),
      annualReport: JSON.stringify(await buildAnnualReport(t.db, { planId: t.planId }, 2025)),
      programReport: JSON.stringify(program),
      programApi: await get(programReader, '/api/v1/programs/vollsmose/report?quarter=2025-Q1'),
    };
  }

  const strip = (value: Record<string, string>) =>
    Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v.replace(/"generatedAt":"[^"]+"/g, '')]));

  for (const consent of ['no', 'withdrawn', 'newest-says-no', 'none'] as const) {
    it(`a participant whose consent is "${consent}" changes no count and no published figure`, async () => {
      const exactBefore = await exactCounts(t.db, t.planId);
      const before = strip(await published());
      await addPersonEverywhere(t.db, t.planId, refs, consent);
      const after = strip(await published());
      for (const key of Object.keys(before)) expect.soft(after[key], key).toBe(before[key]);
      expect(await exactCounts(t.db, t.planId)).toEqual(exactBefore);
    });
  }

  it('positive control: the same registrations with consent change every kind of count', async () => {
    const before = await exactCounts(t.db, t.planId);
    const publishedBefore = strip(await published());
    await addPersonEverywhere(t.db, t.planId, refs, 'yes');
    const after = await exactCounts(t.db, t.planId);
    for (const key of [
      'cases0',
      'referrals0',
      'persons0',
      'sessions0',
      'besk-18-29-startet-udd-eller-ord-job',
    ]) {
      expect(after[key], key).not.toEqual(before[key]);
    }
    expect(after['smh-frivillige-via-bsh']).not.toEqual(before['smh-frivillige-via-bsh']);
    const publishedAfter = strip(await published());
    expect(publishedAfter.quarterlyJson).not.toBe(publishedBefore.quarterlyJson);
    expect(publishedAfter.annualJson).not.toBe(publishedBefore.annualJson);
  });
});
