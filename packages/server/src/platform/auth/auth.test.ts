import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';

describe.each(TEST_DATABASES)('sign-in and sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind);
  });
  afterAll(() => t.close());

  it('sets a __Host- cookie that is HttpOnly, Secure and SameSite=Strict', async () => {
    await addUser(t.db, t.planId, 'worker', 'cookie@test.dk');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: ' Cookie@Test.dk ', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/^__Host-helhed-session=/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/Secure/);
    expect(header).toMatch(/SameSite=Strict/);
    expect(header).toMatch(/Path=\//);
    expect(response.json().user).toMatchObject({ email: 'cookie@test.dk', role: 'worker' });
  });

  it('answers a wrong password and an unknown e-mail alike, in Danish, and logs both', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'cookie@test.dk', password: 'forkert-forkert' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'ingen@test.dk', password: 'forkert-forkert' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe('Forkert e-mail eller adgangskode.');
    const failed = await t.db
      .selectFrom('audit_event')
      .select(['actor_label', 'details'])
      .where('action', '=', 'sign-in-failed')
      .execute();
    expect(failed.map((e) => e.actor_label).sort()).toEqual(['cookie@test.dk', 'ingen@test.dk']);
  });

  it('lets the right password in from another address after 100 wrong ones from one address', async () => {
    await addUser(t.db, t.planId, 'alerting', 'chief@test.dk');
    const answers = new Set<string>();
    for (let i = 0; i < 100; i += 1) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '198.51.100.66',
        payload: { email: 'chief@test.dk', password: `forkert-${i}` },
      });
      answers.add(`${r.statusCode} ${r.body}`);
    }
    expect([...answers].every((a) => /^(401|429) /.test(a))).toBe(true);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: '203.0.113.5',
      payload: { email: 'chief@test.dk', password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(200);
  });

  it('throttles a guesser with the same answer as a wrong password, also for the right one', async () => {
    await addUser(t.db, t.planId, 'worker', 'slow@test.dk');
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '198.51.100.7',
        payload: { email: 'slow@test.dk', password },
      });
    const wrong = [];
    for (let i = 0; i < 3; i += 1) wrong.push(await attempt(`forkert-${i}`));
    const throttled = await attempt(TEST_PASSWORD);
    expect(throttled.statusCode).toBe(401);
    expect(throttled.body).toBe(wrong[0]?.body);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('limits sign-in attempts per IP address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i += 1) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '192.0.2.77',
        payload: { email: `x${i}@test.dk`, password: 'forkert-forkert' },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('ends the session on sign-out on the server, not only in the browser', async () => {
    await addUser(t.db, t.planId, 'leader', 'out@test.dk');
    const session = await signIn(t.app, 'out@test.dk');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: as(session, 'POST'),
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(session) });
    expect(after.statusCode).toBe(401);
  });

  it('expires a session that has been idle for 30 minutes', async () => {
    await addUser(t.db, t.planId, 'leader', 'idle@test.dk');
    const session = await signIn(t.app, 'idle@test.dk');
    await t.db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where(
        'user_id',
        '=',
        (
          await t.db
            .selectFrom('app_user')
            .select('id')
            .where('email', '=', 'idle@test.dk')
            .executeTakeFirstOrThrow()
        ).id,
      )
      .execute();
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(session) });
    expect(r.statusCode).toBe(401);
  });

  it('forces a one-time password to be changed before anything else, and ends other sessions', async () => {
    await addUser(t.db, t.planId, 'admin', 'first@test.dk', true);
    const session = await signIn(t.app, 'first@test.dk');
    const other = await signIn(t.app, 'first@test.dk');
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(session) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const tooShort = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(session, 'POST'),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'kort' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.details[0]).toEqual({
      field: 'newPassword',
      message: 'Adgangskoden skal være på mindst 12 tegn.',
    });
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(session, 'POST'),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'en helt ny og lang adgangskode' },
    });
    expect(changed.statusCode).toBe(204);
    const allowed = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(session) });
    expect(allowed.statusCode).toBe(200);
    const ended = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(other) });
    expect(ended.statusCode).toBe(401);
  });
});
