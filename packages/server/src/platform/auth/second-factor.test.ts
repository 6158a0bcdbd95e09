import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addConfirmedFactor,
  addUser,
  as,
  awayFromStepEdge,
  buildTestApp,
  type Session,
  signInWithPassword,
  TEST_TOTP_SECRET,
  type TestApp,
  totpCodeAt,
  verifiedSessionOf,
} from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { ROUTES } from '../access/access-matrix-routes.ts';
import { ALLOWED_WHILE_SECOND_FACTOR_PENDING } from '../access/actions.ts';
import { systemActor, withTransaction } from '../db/transaction.ts';
import { TOTP_PERIOD_SECONDS } from './second-factor-codes.ts';

// The second step of signing in, as an attacker who knows the password tries it: a session that
// awaits its code reaches nothing else, a code is good once, a wrong one counts and the fifth ends
// the session, a recovery code is spent by its first use. Runs on both databases.
const VERIFY = '/api/v1/auth/second-factor/verify';
const IDS: Record<string, string> = {
  slug: 'beskaeftigelse',
  indicatorId: 'udd-karaktergennemsnit-9-klasse',
};
const fill = (url: string) =>
  url.replace(/\{(\w+)\}/g, (_, name: string) => IDS[name] ?? '00000000-0000-4000-8000-000000000000');
const nowStep = () => Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);

describe.each(TEST_DATABASES)('the second step of signing in on %s', (kind) => {
  let t: TestApp;
  let userCount = 0;
  beforeAll(async () => {
    t = await buildTestApp(kind);
  });
  afterAll(() => t.close());
  // Codes of the steps around now: no test may straddle a step's end.
  beforeEach(() => awayFromStepEdge());

  /** A leader with a confirmed factor (TEST_TOTP_SECRET), signed in with the password only. */
  async function pendingLeader(): Promise<{ session: Session; userId: string; email: string }> {
    userCount += 1;
    const email = `totp-${userCount}@tofaktor.dk`;
    const user = await addUser(t.db, t.planId, 'leader', email);
    await addConfirmedFactor(t.db, t.planId, user.id);
    const { userId, secondFactor, ...session } = await signInWithPassword(t.app, email);
    expect(secondFactor).toBe('pending');
    return { session, userId, email };
  }
  // Each call from an address of its own: the route's per-address rate limit is not under test here.
  let address = 0;
  const verify = (session: Session, code: string) => {
    address += 1;
    return t.app.inject({
      method: 'POST',
      url: VERIFY,
      headers: as(session, 'POST'),
      payload: { code },
      remoteAddress: `10.9.${address >> 8}.${address & 255}`,
    });
  };
  const plan = (session: Session) =>
    t.app.inject({ method: 'GET', url: '/api/v1/plan', headers: as(session) });
  const eventsOf = (userId: string, action: string) =>
    t.db
      .selectFrom('audit_event')
      .select(['details'])
      .where('entity_id', '=', userId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  it('a pending session is refused on every route but the code, the session answer and sign-out', async () => {
    const { session } = await pendingLeader();
    const answer = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(session) });
    expect(answer.json().abilities).toEqual([...ALLOWED_WHILE_SECOND_FACTOR_PENDING]);
    const refusedActions = new Set<string>();
    for (const route of ROUTES) {
      const response = await t.app.inject({
        method: route.method,
        url: fill(route.url),
        headers: as(session, route.method),
        payload: route.method === 'GET' ? undefined : {},
      });
      if (ALLOWED_WHILE_SECOND_FACTOR_PENDING.includes(route.action)) {
        expect({ route: route.url, status: response.statusCode }).not.toEqual({
          route: route.url,
          status: 403,
        });
        continue;
      }
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 403,
      });
      expect(response.json().error.code).toBe('SECOND_FACTOR_PENDING');
      refusedActions.add(route.action);
    }
    // The password change is outside ROUTES (it is in the matrix's extra list): refused too.
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(session, 'POST'),
      payload: { currentPassword: 'x', newPassword: 'en ny lang adgangskode' },
    });
    expect(password.statusCode).toBe(403);
    expect(refusedActions.size).toBeGreaterThan(30);
  });

  it('a right code opens the session; the same code is refused again, also for a new session', async () => {
    const { session, userId, email } = await pendingLeader();
    const code = totpCodeAt(TEST_TOTP_SECRET, nowStep());
    const ok = await verify(session, code);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.secondFactor).toBe('on');
    // A new token for the verified session (ASVS 3.2.1): the one the password gave is dead.
    const verified = verifiedSessionOf(ok);
    expect(verified.cookie).not.toBe(session.cookie);
    expect(verified.csrfToken).not.toBe(session.csrfToken);
    expect((await plan(verified)).statusCode).toBe(200);
    expect((await plan(session)).statusCode).toBe(401);
    const { userId: _, secondFactor: __, ...again } = await signInWithPassword(t.app, email);
    const replay = await verify(again, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('SECOND_FACTOR_INVALID');
    // An earlier step than the one spent is refused too.
    expect((await verify(again, totpCodeAt(TEST_TOTP_SECRET, nowStep() - 1))).statusCode).toBe(401);
    expect((await plan(again)).statusCode).toBe(403);
    expect(await eventsOf(userId, 'second-factor-verified')).toHaveLength(1);
    expect((await eventsOf(userId, 'second-factor-failed')).length).toBe(2);
  });

  it('a wrong code and a code outside the window are refused with one generic error', async () => {
    const { session } = await pendingLeader();
    const wrong = String((Number(totpCodeAt(TEST_TOTP_SECRET, nowStep())) + 1) % 1_000_000).padStart(6, '0');
    const far = totpCodeAt(TEST_TOTP_SECRET, nowStep() + 5);
    const answers = [
      await verify(session, wrong),
      await verify(session, far),
      await verify(session, 'abcde-fghij'),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect((await plan(session)).statusCode).toBe(403);
  });

  it('a pending session ends five minutes after the password, even for a right code', async () => {
    const { session, userId } = await pendingLeader();
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .updateTable('user_session')
        .set({ created_at: sql<Date>`now() - interval '5 minutes 1 second'` })
        .where('user_id', '=', userId)
        .execute(),
    );
    const late = await verify(session, totpCodeAt(TEST_TOTP_SECRET, nowStep()));
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('UNAUTHENTICATED');
    expect(await eventsOf(userId, 'second-factor-verified')).toHaveLength(0);
  });

  it('the fifth wrong code ends the session; a right code after it opens nothing', async () => {
    const { session, userId } = await pendingLeader();
    const wrong = String((Number(totpCodeAt(TEST_TOTP_SECRET, nowStep())) + 7) % 1_000_000).padStart(6, '0');
    for (let i = 1; i <= 4; i += 1)
      expect((await verify(session, wrong)).json().error.code).toBe('SECOND_FACTOR_INVALID');
    const last = await verify(session, wrong);
    expect(last.statusCode).toBe(401);
    expect(last.json().error.code).toBe('SECOND_FACTOR_ATTEMPTS');
    const after = await verify(session, totpCodeAt(TEST_TOTP_SECRET, nowStep()));
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
    const sessions = await t.db
      .selectFrom('user_session')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(sessions).toHaveLength(0);
    const failed = await eventsOf(userId, 'second-factor-failed');
    expect(failed).toHaveLength(5);
    expect(failed.at(-1)?.details).toMatch(/sessionen er afsluttet/);
  });

  it('a recovery code works once and never again', async () => {
    const { session, userId, email } = await pendingLeader();
    // Recovery codes come from confirming a set-up; here they are made through the renew route.
    const opened = await verify(session, totpCodeAt(TEST_TOTP_SECRET, nowStep()));
    expect(opened.statusCode).toBe(200);
    const renewed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/second-factor/recovery-codes',
      headers: as(verifiedSessionOf(opened), 'POST'),
      payload: { code: totpCodeAt(TEST_TOTP_SECRET, nowStep() + 1) },
    });
    expect(renewed.statusCode).toBe(200);
    const codes = renewed.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    const first = await signInWithPassword(t.app, email);
    const used = await verify(first, (codes[3] as string).toUpperCase());
    expect(used.statusCode).toBe(200);
    expect((await plan(verifiedSessionOf(used))).statusCode).toBe(200);
    const second = await signInWithPassword(t.app, email);
    expect((await verify(second, codes[3] as string)).statusCode).toBe(401);
    expect((await plan(second)).statusCode).toBe(403);
    const verified = await eventsOf(userId, 'second-factor-verified');
    expect(verified.at(-1)?.details).toBe('gendannelseskode (9 tilbage)');
  });
});
