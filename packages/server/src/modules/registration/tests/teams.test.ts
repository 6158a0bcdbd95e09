import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';

describe.each(TEST_DATABASES)('teams and users on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;
  const teams: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = (await addMember(t, 'admin', 'admin@test.dk', null)).session;
    refs = await planRefs(t);
  });
  afterAll(() => t.close());

  it('creates teams once per client key and refuses a second team with the same name', async () => {
    for (const name of ['Team Nord', 'Team Syd']) {
      const body = { clientKey: crypto.randomUUID(), name };
      const first = await call(t, admin, 'POST', '/api/v1/teams', body);
      const retry = await call(t, admin, 'POST', '/api/v1/teams', body);
      expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
      expect(retry.json().id).toBe(first.json().id);
      teams[name] = first.json().id;
    }
    const duplicate = await call(t, admin, 'POST', '/api/v1/teams', {
      clientKey: crypto.randomUUID(),
      name: 'Team Nord',
    });
    expect(duplicate.statusCode).toBe(409);
    expect((await call(t, admin, 'GET', '/api/v1/teams')).json().teams).toHaveLength(2);
  });

  it('creates a user in a team, refuses an unknown team, and moves the user: the scope follows', async () => {
    const user = (teamId: string) => ({
      clientKey: crypto.randomUUID(),
      email: `m${Math.random().toString(36).slice(2)}@test.dk`,
      displayName: 'Mentor',
      role: 'worker',
      password: 'en lang nok adgangskode',
      teamId,
    });
    const unknown = await call(t, admin, 'POST', '/api/v1/users', user(crypto.randomUUID()));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ field: 'teamId', message: 'Ukendt team.' }]);
    const body = user(teams['Team Nord'] as string);
    const created = await call(t, admin, 'POST', '/api/v1/users', body);
    expect(created.statusCode).toBe(201);
    expect(created.json().teamId).toBe(teams['Team Nord']);

    const north = (await addMember(t, 'worker', 'nord@test.dk', teams['Team Nord'] as string)).session;
    const p = await call(t, north, 'POST', '/api/v1/participants', participantBody(refs, 'Nord Person'));
    expect(p.statusCode).toBe(201);
    // Created through the form, the user must choose a password first; skip that step here.
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .updateTable('app_user')
        .set({ must_change_password: false })
        .where('email', '=', body.email)
        .execute(),
    );
    let mentor = await signIn(t.app, body.email, body.password);
    const seen = async () =>
      (await call(t, mentor, 'GET', '/api/v1/participants'))
        .json()
        .participants.map((x: { displayName: string }) => x.displayName);
    expect(await seen()).toEqual(['Nord Person']);
    const moved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${created.json().id}/team`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { teamId: teams['Team Syd'] },
    });
    expect(moved.statusCode).toBe(200);
    // The move ended the mentor's session; the next sign-in sees the new team's scope.
    expect((await call(t, mentor, 'GET', '/api/v1/participants')).statusCode).toBe(401);
    mentor = await signIn(t.app, body.email, body.password);
    expect(await seen()).toEqual([]);
    expect((await call(t, mentor, 'GET', `/api/v1/participants/${p.json().id}`)).statusCode).toBe(404);
  });
});
