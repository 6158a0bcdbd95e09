import type { Kysely } from 'kysely';
import type { Session, TestApp } from '../../../../test/build-test-app.ts';
import { call, participantBody, type planRefs } from '../../../../test/registration-setup.ts';
import type { Database } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';

// Set-up and snapshots for the merge tests: two records of one person with rows in every table a
// merge moves, and a picture of those rows to compare before a merge and after its undo.
type Refs = Awaited<ReturnType<typeof planRefs>>;

export interface Consent {
  forStatistics: boolean;
  forPartnerContact: boolean;
  partnerNames: string | null;
}

export async function addPerson(t: TestApp, session: Session, refs: Refs, name: string, consent: Consent) {
  const body = participantBody(refs, name);
  const r = await call(t, session, 'POST', '/api/v1/participants', {
    ...body,
    consent: {
      ...body.consent,
      ...consent,
      partnerNames: consent.forPartnerContact ? consent.partnerNames : null,
    },
  });
  if (r.statusCode !== 201) throw new Error(r.body);
  return r.json().id as string;
}

/** A referral, a forløb with a goal and a contact, and a volunteer period for the person. */
export async function addRecords(t: TestApp, session: Session, refs: Refs, participantId: string) {
  await call(t, session, 'POST', `/api/v1/participants/${participantId}/referrals`, {
    clientKey: crypto.randomUUID(),
    source: 'jobcenter',
    referredOn: '2026-11-02',
    activityId: refs.activityId,
  });
  const c = await call(t, session, 'POST', '/api/v1/cases', {
    clientKey: crypto.randomUUID(),
    participantId,
    activityId: refs.activityId,
    startedOn: '2026-11-03',
    goals: [{ text: 'Finde praktik', agreedOn: '2026-11-03' }],
  });
  const caseId = c.json().id as string;
  await call(t, session, 'POST', `/api/v1/cases/${caseId}/contacts`, {
    clientKey: crypto.randomUUID(),
    occurredOn: '2026-11-04',
    kind: 'phone',
    note: 'Talte om praktik',
  });
  await call(t, session, 'POST', '/api/v1/volunteers', {
    clientKey: crypto.randomUUID(),
    participantId,
    startedOn: '2026-11-05',
  });
  await linkHousehold(t, participantId);
  return caseId;
}

/** A genhusning household whose contact person is this participant (genhusning's own table). */
async function linkHousehold(t: TestApp, participantId: string) {
  await withTransaction(t.db, systemActor('test', t.planId), async (trx) => {
    const { team_id } = await trx
      .selectFrom('participant')
      .select('team_id')
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();
    const phase = await trx
      .insertInto('rehousing_phase')
      .values({ plan_id: t.planId, name: `Etape ${participantId.slice(0, 8)}`, kind: 'renovation' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('rehousing_household')
      .values({
        plan_id: t.planId,
        phase_id: phase.id,
        team_id,
        contact_name: 'Familien (fiktiv)',
        adults: 1,
        rehousing_type: 'temporary',
        participant_id: participantId,
      })
      .execute();
  });
}

/** Every row a merge touches for these participants, in a stable order, without update times. */
export async function snapshot(db: Kysely<Database>, ids: string[]) {
  const participants = await db
    .selectFrom('participant')
    .select(['id', 'display_name', 'contact', 'team_id', 'erased_at', 'merged_into_id'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const byParticipant = <
    T extends
      | 'support_case'
      | 'referral'
      | 'volunteer'
      | 'participant_share'
      | 'group_enrolment'
      | 'rehousing_household',
  >(
    table: T,
  ) =>
    db
      .selectFrom(table as 'referral')
      .selectAll()
      .where('participant_id', 'in', ids)
      .orderBy('id')
      .execute();
  const consents = await db
    .selectFrom('participant_consent')
    .selectAll()
    .where('participant_id', 'in', ids)
    .orderBy('id')
    .execute();
  const enrolments = await byParticipant('group_enrolment');
  const attendance = await db
    .selectFrom('group_attendance')
    .innerJoin('group_enrolment', 'group_enrolment.id', 'group_attendance.enrolment_id')
    .select(['group_attendance.id', 'group_attendance.session_id', 'group_attendance.enrolment_id'])
    .where('group_enrolment.participant_id', 'in', ids)
    .orderBy('group_attendance.id')
    .execute();
  const cases = (await byParticipant('support_case')).map((row) => {
    const { updated_at: _ignored, ...rest } = row as typeof row & { updated_at?: unknown };
    return rest;
  });
  return {
    participants,
    consents,
    cases,
    referrals: await byParticipant('referral'),
    volunteering: await byParticipant('volunteer'),
    shares: await byParticipant('participant_share'),
    households: await byParticipant('rehousing_household'),
    enrolments,
    attendance,
  };
}

export const newestConsent = (db: Kysely<Database>, participantId: string) =>
  db
    .selectFrom('participant_consent')
    .select(['for_statistics', 'for_partner_contact', 'partner_names', 'merge_id'])
    .where('participant_id', '=', participantId)
    .orderBy('given_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
