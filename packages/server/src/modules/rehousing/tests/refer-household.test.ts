import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { today } from '../service/clock.ts';
import { addMember, addTeam, call, createHousehold, createPhase } from './support.ts';

const CONTACT = 'Familien Atomar (fiktiv)';

// Referring a household creates a participant and a referral in the registration module, links the
// household and logs a follow-up. It is one transaction: when its last step fails, nothing is left.
describe.each(TEST_DATABASES)('referring a household is all or nothing (%s)', (kind) => {
  let t: TestApp;
  let worker: Session;
  let householdId: string;
  let body: Record<string, unknown>;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Genhusning');
    const leader = (await addMember(t, 'leader', `leder-${kind}@atomar.test`, team)).session;
    worker = (await addMember(t, 'worker', `mette-${kind}@atomar.test`, team)).session;
    const phaseId = await createPhase(t, leader, 'Etape 1');
    householdId = await createHousehold(t, worker, phaseId, { contactName: CONTACT });
    const refs = await planRefs(t);
    body = {
      clientKey: crypto.randomUUID(),
      activityId: refs.activityId,
      referredOn: today(),
      reason: 'Ønsker hjælp til job',
      consentGivenOn: today(),
      forStatistics: true,
    };
  }, 120_000);
  afterAll(() => t?.close());

  async function leftBehind() {
    const participants = await t.db
      .selectFrom('participant')
      .select('id')
      .where('display_name', '=', CONTACT)
      .execute();
    const referrals = await t.db
      .selectFrom('referral')
      .select('id')
      .where('client_key', '=', body.clientKey as string)
      .execute();
    const household = await t.db
      .selectFrom('rehousing_household')
      .select('participant_id')
      .where('id', '=', householdId)
      .executeTakeFirstOrThrow();
    const followups = await t.db
      .selectFrom('rehousing_followup')
      .select('id')
      .where('household_id', '=', householdId)
      .execute();
    return {
      participants: participants.length,
      referrals: referrals.length,
      linked: household.participant_id !== null,
      followups: followups.length,
    };
  }

  it('leaves no participant, referral or link when the follow-up cannot be written', async () => {
    // The database itself refuses the last step, as a full disk or a lost connection would.
    await t.asOwner(async (owner) => {
      await sql`create function test_refuse_followup() returns trigger language plpgsql as
        $$ begin raise exception 'opfølgningen kan ikke skrives'; end $$`.execute(owner);
      await sql`create trigger test_refuse_followup before insert on rehousing_followup
        for each row execute function test_refuse_followup()`.execute(owner);
    });
    const refused = await call(
      t,
      worker,
      'POST',
      `/api/v1/rehousing/households/${householdId}/referrals`,
      body,
    );
    expect(refused.statusCode).toBe(500);
    expect(refused.body).not.toContain('opfølgningen kan ikke skrives');
    expect(await leftBehind()).toEqual({ participants: 0, referrals: 0, linked: false, followups: 0 });
  });

  it('succeeds once the step can be written, with exactly one participant', async () => {
    await t.asOwner(async (owner) => {
      await sql`drop trigger test_refuse_followup on rehousing_followup`.execute(owner);
      await sql`drop function test_refuse_followup()`.execute(owner);
    });
    const done = await call(t, worker, 'POST', `/api/v1/rehousing/households/${householdId}/referrals`, body);
    expect(done.statusCode, done.body).toBe(201);
    expect(await leftBehind()).toEqual({ participants: 1, referrals: 1, linked: true, followups: 1 });
  });
});
