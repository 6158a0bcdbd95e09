import { ACTION_ROLES, type Action, ROLES } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, buildTestApp, signIn, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';

// The session tells the web app what the user may do, from the same table the gate enforces, so
// the pages offer exactly what the server allows and no rule is copied into the browser.
describe.each(TEST_DATABASES)('abilities in the session answer on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const role of ROLES) await addUser(t.db, t.planId, role, `${role}@evner.dk`);
  });
  afterAll(() => t.close());

  it('lists for every role exactly the actions of the access table', async () => {
    for (const role of ROLES) {
      const session = await signIn(t.app, `${role}@evner.dk`);
      const answer = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(session) });
      const expected = (Object.keys(ACTION_ROLES) as Action[]).filter((a) =>
        (ACTION_ROLES[a] as readonly string[]).includes(role),
      );
      expect(answer.json().abilities, role).toEqual(expected);
    }
  });

  it('lists only the password change while the password must be changed', async () => {
    await addUser(t.db, t.planId, 'leader', 'ny-leder@evner.dk', true);
    const session = await signIn(t.app, 'ny-leder@evner.dk');
    const answer = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(session) });
    expect(answer.json().abilities).toEqual([
      'session.status',
      'session.sign-out',
      'session.read',
      'session.end',
      'session.change-password',
    ]);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/plan', headers: as(session) });
    expect(refused.statusCode).toBe(403);
  });
});
