import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  buildTestApp,
  type Session,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { createHousehold, createPhase } from '../../modules/rehousing/tests/support.ts';
import { systemActor } from '../db/transaction.ts';
import { applyLifecycleStep } from './lifecycle.ts';

// An account's life, tried as an administrator and as the person on the other end would: every
// step ends the person's sessions at once (the old cookie is 401 on the very next request), is in
// the audit log by name, and nobody can lock the plan out of its own administration.
describe.each(TEST_DATABASES)('account lifecycle on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let adminId: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    adminId = (await addUser(t.db, t.planId, 'admin', 'admin@liv.dk')).id;
    admin = await signIn(t.app, 'admin@liv.dk');
  });
  afterAll(() => t.close());

  const session = (s: Session) => call(t, s, 'GET', '/api/v1/auth/session');
  const auditOf = async (userId: string) =>
    (
      await t.db
        .selectFrom('audit_event')
        .select(['action', 'details', 'actor_label'])
        .where('entity_id', '=', userId)
        .where('entity_type', '=', 'app_user')
        .where('action', 'in', [
          'deactivate',
          'reactivate',
          'role-change',
          'team-change',
          'password-reset',
          'handover',
        ])
        .orderBy('occurred_at')
        .execute()
    ).map((e) => `${e.action} by ${e.actor_label}: ${e.details}`);

  it('deactivation ends every session at once and sign-in answers like a wrong password', async () => {
    const user = await addUser(t.db, t.planId, 'worker', 'stopper@liv.dk');
    const phone = await signIn(t.app, 'stopper@liv.dk');
    const laptop = await signIn(t.app, 'stopper@liv.dk');
    expect((await session(phone)).statusCode).toBe(200);
    const r = await call(t, admin, 'POST', `/api/v1/users/${user.id}/deactivate`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ sessionsEnded: 2, user: { isActive: false } });
    expect((await session(phone)).statusCode).toBe(401);
    expect((await session(laptop)).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'stopper@liv.dk', password: TEST_PASSWORD },
      remoteAddress: '198.51.100.7',
    });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('INVALID_CREDENTIALS');
    expect((await call(t, admin, 'POST', `/api/v1/users/${user.id}/reactivate`)).statusCode).toBe(200);
    expect((await signIn(t.app, 'stopper@liv.dk')).cookie).toBeTruthy();
    expect(await auditOf(user.id)).toEqual([
      'deactivate by admin@liv.dk: 2 sessioner afsluttet',
      'reactivate by admin@liv.dk: 0 sessioner afsluttet',
    ]);
  });

  it('a new role holds from the next request: the old session is gone', async () => {
    const user = await addUser(t.db, t.planId, 'leader', 'leder@liv.dk');
    const before = await signIn(t.app, 'leder@liv.dk');
    expect((await call(t, before, 'GET', '/api/v1/participants')).statusCode).toBe(200);
    const r = await call(t, admin, 'POST', `/api/v1/users/${user.id}/role`, { role: 'reader' });
    expect(r.statusCode, r.body).toBe(200);
    expect((await call(t, before, 'GET', '/api/v1/participants')).statusCode).toBe(401);
    const after = await signIn(t.app, 'leder@liv.dk');
    expect((await call(t, after, 'GET', '/api/v1/participants')).statusCode).toBe(403);
    const bad = await call(t, admin, 'POST', `/api/v1/users/${user.id}/role`, { role: 'superuser' });
    expect(bad.statusCode).toBe(400);
    expect(await auditOf(user.id)).toEqual([
      'role-change by admin@liv.dk: leader → reader; 1 sessioner afsluttet',
    ]);
  });

  it('a team change ends the sessions too', async () => {
    const team = await addTeam(t.db, t.planId, 'Team Rising');
    const user = await addUser(t.db, t.planId, 'worker', 'team@liv.dk');
    const s = await signIn(t.app, 'team@liv.dk');
    const r = await call(t, admin, 'PUT', `/api/v1/users/${user.id}/team`, { teamId: team });
    expect(r.statusCode, r.body).toBe(200);
    expect((await session(s)).statusCode).toBe(401);
    expect(await auditOf(user.id)).toEqual(['team-change by admin@liv.dk: 1 sessioner afsluttet']);
  });

  it('a reset gives a one-time password that must be changed at once; the old one stops working', async () => {
    const user = await addUser(t.db, t.planId, 'worker', 'glemt@liv.dk');
    const old = await signIn(t.app, 'glemt@liv.dk');
    const r = await call(t, admin, 'POST', `/api/v1/users/${user.id}/reset-password`);
    expect(r.statusCode, r.body).toBe(200);
    const { oneTimePassword } = r.json() as { oneTimePassword: string };
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await session(old)).statusCode).toBe(401);
    await expect(signIn(t.app, 'glemt@liv.dk')).rejects.toThrow(/401/);
    const fresh = await signIn(t.app, 'glemt@liv.dk', oneTimePassword);
    expect((await call(t, fresh, 'GET', '/api/v1/plan')).statusCode).toBe(403);
    const stored = await t.db
      .selectFrom('audit_event')
      .select('details')
      .where('entity_id', '=', user.id)
      .execute();
    expect(JSON.stringify(stored)).not.toContain(oneTimePassword);
  });

  it('nobody deactivates or demotes themself, and the last administrator stays', async () => {
    for (const path of ['deactivate', 'role']) {
      const r = await call(
        t,
        admin,
        'POST',
        `/api/v1/users/${adminId}/${path}`,
        path === 'role' ? { role: 'worker' } : undefined,
      );
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('ACCOUNT_NOT_YOURSELF');
    }
    const second = await addMember(t, 'admin', 'admin2@liv.dk', null);
    const r = await call(t, second.session, 'POST', `/api/v1/users/${adminId}/deactivate`);
    expect(r.statusCode).toBe(200);
    const last = await call(t, second.session, 'POST', `/api/v1/users/${second.id}/role`, { role: 'worker' });
    expect(last.json().error.code).toBe('ACCOUNT_NOT_YOURSELF');
    // The CLI acts as nobody in particular: there the last-administrator rule is what holds.
    await expect(
      applyLifecycleStep(t.db, systemActor('cli'), t.planId, second.id, { kind: 'deactivate' }),
    ).rejects.toMatchObject({ code: 'ACCOUNT_LAST_ADMIN' });
    // Undo: the first admin comes back for the other tests.
    expect((await call(t, second.session, 'POST', `/api/v1/users/${adminId}/reactivate`)).statusCode).toBe(
      200,
    );
    admin = await signIn(t.app, 'admin@liv.dk');
  });

  it('a leader hands a leaving worker’s open forløb and households to another in one step', async () => {
    const team = await addTeam(t.db, t.planId, 'Team Vollsmose');
    const leaving = await addMember(t, 'worker', 'gaar@liv.dk', team);
    const taking = await addMember(t, 'worker', 'overtager@liv.dk', team);
    const leader = await addMember(t, 'leader', 'teamleder@liv.dk', team);
    const refs = await planRefs(t);
    const person = await call(t, leaving.session, 'POST', '/api/v1/participants', participantBody(refs));
    expect(person.statusCode, person.body).toBe(201);
    const opened = await call(t, leaving.session, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId: person.json().id,
      activityId: refs.activityId,
      startedOn: '2026-11-03',
      goals: [],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const phase = await createPhase(t, leader.session, 'Etape Overdragelse');
    const household = await createHousehold(t, leaving.session, phase, { responsibleUserId: leaving.id });

    const self = await call(t, leader.session, 'POST', `/api/v1/users/${leaving.id}/handover`, {
      toUserId: leaving.id,
    });
    expect(self.statusCode).toBe(400);
    const reader = await addUser(t.db, t.planId, 'reader', 'laeser@liv.dk');
    const toReader = await call(t, leader.session, 'POST', `/api/v1/users/${leaving.id}/handover`, {
      toUserId: reader.id,
    });
    expect(toReader.statusCode).toBe(400);
    expect(toReader.json().error.code).toBe('HANDOVER_BAD_TARGET');
    const byWorker = await call(t, taking.session, 'POST', `/api/v1/users/${leaving.id}/handover`, {
      toUserId: taking.id,
    });
    expect(byWorker.statusCode).toBe(403);

    const r = await call(t, leader.session, 'POST', `/api/v1/users/${leaving.id}/handover`, {
      toUserId: taking.id,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ cases: 1, households: 1 });
    const caseRow = await t.db
      .selectFrom('support_case')
      .select('responsible_user_id')
      .where('id', '=', opened.json().id)
      .executeTakeFirstOrThrow();
    expect(caseRow.responsible_user_id).toBe(taking.id);
    const householdRow = await t.db
      .selectFrom('rehousing_household')
      .select('responsible_user_id')
      .where('id', '=', household)
      .executeTakeFirstOrThrow();
    expect(householdRow.responsible_user_id).toBe(taking.id);
    expect(await auditOf(leaving.id)).toEqual([
      'handover by teamleder@liv.dk: fra gaar@liv.dk til overtager@liv.dk: 1 forløb, 1 husstande',
    ]);
  });
});
