import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/database.ts';
import {
  addTeam,
  insertAreaEvents,
  insertCases,
  insertGroup,
  insertParticipants,
  insertReferrals,
  insertVolunteer,
  planRefs,
  type Refs,
} from './fixture.ts';

/**
 * The hand-counted dataset of the report tests (quarter 2025-Q1, comparison 2024-Q1):
 * - activity A: P0–P7 start forløb on 10 Jan 2025, P0–P4 end them on 15 Mar with "påbegyndt
 *   uddannelse"; P8's forløb started 1 Oct 2024 and is still open. 11 referrals: 6 jobcenter, 5 self.
 *   Volunteer P0 (since June 2024). In 2024-Q1 one forløb (P15: 1 Feb – 20 Mar, ordinært job).
 * - activity B: P9–P15 start forløb on 1 Feb 2025; 5 referrals from school; a group with exactly
 *   3 participants (P9–P11) meeting twice in February.
 * - P1 volunteers without an activity. Area 1 (P0–P8): a CKS meeting with 7 attendees and 3
 *   tryghed contacts; area 2 (P9–P15): a CKS meeting with 2 attendees.
 */
export async function loadKnownDataset(db: Kysely<Database>, planId: string): Promise<Refs> {
  const refs = { ...(await planRefs(db, planId)), teamId: await addTeam(db, planId) };
  const { activityA, activityB, area1, area2, teamId } = refs;
  const p = await insertParticipants(db, planId, teamId, [
    ...Array.from({ length: 9 }, () => ({ areaId: area1.id, birthYear: 2000 })),
    ...Array.from({ length: 7 }, () => ({ areaId: area2.id, birthYear: 1980 })),
  ]);
  const person = (index: number) => p[index] as string;
  await insertCases(db, planId, teamId, [
    ...[0, 1, 2, 3, 4].map((i) => ({
      participantId: person(i),
      activityId: activityA.id,
      startedOn: '2025-01-10',
      endedOn: '2025-03-15',
      outcome: 'education-started',
    })),
    ...[5, 6, 7].map((i) => ({
      participantId: person(i),
      activityId: activityA.id,
      startedOn: '2025-01-10',
    })),
    { participantId: person(8), activityId: activityA.id, startedOn: '2024-10-01' },
    {
      participantId: person(15),
      activityId: activityA.id,
      startedOn: '2024-02-01',
      endedOn: '2024-03-20',
      outcome: 'ordinary-job',
    },
    ...[9, 10, 11, 12, 13, 14, 15].map((i) => ({
      participantId: person(i),
      activityId: activityB.id,
      startedOn: '2025-02-01',
    })),
  ]);
  await insertReferrals(db, planId, [
    ...[0, 1, 2, 3, 4, 5].map((i) => ({
      participantId: person(i),
      activityId: activityA.id,
      source: 'jobcenter',
      referredOn: '2025-01-05',
    })),
    ...[6, 7, 8, 0, 1].map((i) => ({
      participantId: person(i),
      activityId: activityA.id,
      source: 'self',
      referredOn: '2025-02-05',
    })),
    ...[9, 10, 11, 12, 13].map((i) => ({
      participantId: person(i),
      activityId: activityB.id,
      source: 'school',
      referredOn: '2025-01-20',
    })),
  ]);
  await insertGroup(
    db,
    planId,
    teamId,
    activityB.id,
    [person(9), person(10), person(11)],
    ['2025-02-10', '2025-02-17'],
  );
  await insertVolunteer(db, planId, person(0), activityA.id, '2024-06-01');
  await insertVolunteer(db, planId, person(1), null, '2025-01-05');
  await insertAreaEvents(db, planId, teamId, area1.id, '2025-03-03', 7, 3);
  await insertAreaEvents(db, planId, teamId, area2.id, '2025-03-04', 2, 0);
  return refs;
}
