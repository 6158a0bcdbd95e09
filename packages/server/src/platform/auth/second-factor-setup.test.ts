import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  awayFromStepEdge,
  buildTestApp,
  type Session,
  signIn,
  signInWithPassword,
  type TestApp,
  totpCodeAt,
  verifiedSessionOf,
} from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { hashRecoveryCode } from './second-factor-codes.ts';

// Setting the factor up under "Min konto", the administrator's duty to have one, and the audited
// reset by another administrator; the secret leaves the server once (the set-up answer), never in
// another answer or a log line, and recovery codes are stored as salted hashes only.
const BASE = '/api/v1/auth/second-factor';
const nowStep = () => Math.floor(Date.now() / 1000 / 30);

describe.each(TEST_DATABASES)('setting up and resetting the second factor on %s', (kind) => {
  let t: TestApp;
  const logLines: string[] = [];
  let address = 0;
  beforeAll(async () => {
    t = await buildTestApp(kind, { level: 'trace', stream: { write: (line) => logLines.push(line) } });
  });
  afterAll(() => t.close());
  // Codes of the steps around now: no test may straddle a step's end.
  beforeEach(() => awayFromStepEdge());

  const post = (session: Session, url: string, payload?: Record<string, string>) => {
    address += 1;
    return t.app.inject({
      method: 'POST',
      url,
      headers: as(session, 'POST'),
      payload,
      remoteAddress: `10.8.${address >> 8}.${address & 255}`,
    });
  };
  const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });

  /** Set-up through the routes, as Min konto does it; returns the secret and the recovery codes. */
  async function setUp(session: Session) {
    const start = await post(session, `${BASE}/setup`);
    expect(start.statusCode).toBe(200);
    const { secret, uri, qrCode } = start.json() as { secret: string; uri: string; qrCode: string };
    expect(uri).toMatch(new RegExp(`^otpauth://totp/Helhed:.*secret=${secret}`));
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const confirmed = await post(session, `${BASE}/confirm`, { code: totpCodeAt(secret, nowStep() - 1) });
    expect(confirmed.statusCode).toBe(200);
    return { secret, recoveryCodes: confirmed.json().recoveryCodes as string[], answers: [start.body] };
  }

  it('an administrator without a factor reaches only the set-up, and Administration after set-up and code', async () => {
    const admin = await addUser(t.db, t.planId, 'admin', 'ny-admin@tofaktor.dk', false, {
      secondFactor: false,
    });
    const session = await signIn(t.app, 'ny-admin@tofaktor.dk');
    const state = await get(session, '/api/v1/auth/session');
    expect(state.json().user.secondFactor).toBe('setup-required');
    expect(state.json().abilities).toContain('account.second-factor');
    expect(state.json().abilities).not.toContain('users.read');
    const refused = await get(session, '/api/v1/users');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'SECOND_FACTOR_SETUP_REQUIRED',
      message: expect.stringMatching(/^Administratorer skal bruge totrinsbekræftelse/),
    });
    expect((await get(session, `${BASE}`)).json()).toEqual({
      enabled: false,
      required: true,
      recoveryCodesLeft: 0,
    });
    const { secret, recoveryCodes } = await setUp(session);
    expect(recoveryCodes).toHaveLength(10);
    // The session that set it up proved the code: it reaches the users list now.
    expect((await get(session, '/api/v1/users')).statusCode).toBe(200);
    // A new sign-in must give a code before it reaches anything.
    const { userId: _, secondFactor, ...next } = await signInWithPassword(t.app, 'ny-admin@tofaktor.dk');
    expect(secondFactor).toBe('pending');
    expect((await get(next, '/api/v1/users')).json().error.code).toBe('SECOND_FACTOR_PENDING');
    const opened = await post(next, `${BASE}/verify`, { code: totpCodeAt(secret, nowStep() + 1) });
    expect(opened.statusCode).toBe(200);
    const verified = verifiedSessionOf(opened);
    expect((await get(verified, '/api/v1/users')).statusCode).toBe(200);
    // An administrator keeps the factor.
    const remove = await post(verified, `${BASE}/remove`, { code: totpCodeAt(secret, nowStep() + 1) });
    expect(remove.json().error.code).toBe('SECOND_FACTOR_ADMIN_KEEPS');
    expect(admin.id).toBeTruthy();
  });

  it('the secret is in the set-up answer only; recovery codes are stored as salted hashes', async () => {
    const user = await addUser(t.db, t.planId, 'worker', 'hemmelig@tofaktor.dk');
    const session = await signIn(t.app, 'hemmelig@tofaktor.dk');
    logLines.length = 0;
    const { secret, recoveryCodes, answers } = await setUp(session);
    const later = [
      await get(session, '/api/v1/auth/session'),
      await get(session, BASE),
      await post(session, `${BASE}/setup`),
      await post(session, `${BASE}/recovery-codes`, { code: totpCodeAt(secret, nowStep()) }),
    ];
    expect(later.map((r) => r.statusCode)).toEqual([200, 200, 409, 200]);
    for (const answer of later) expect(answer.body).not.toContain(secret);
    expect(answers[0]).toContain(secret);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(secret);
    const renewed = later[3]?.json().recoveryCodes as string[];
    expect(logLines.join('\n')).not.toContain(renewed[0]);
    const stored = await t.db
      .selectFrom('user_recovery_code')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(10);
    expect(new Set(stored.map((s) => s.salt.toString('hex'))).size).toBe(10);
    const columns = stored.flatMap((row) => Object.values(row).map(String));
    for (const code of [...recoveryCodes, ...renewed]) {
      expect(columns.some((c) => c.includes(code) || c.includes(code.replace('-', '')))).toBe(false);
    }
    // Each row is the hash of one of the renewed codes with its own salt; the first codes are gone.
    for (const row of stored) {
      expect(renewed.some((code) => hashRecoveryCode(code, row.salt).equals(row.code_hash))).toBe(true);
    }
    // A worker may turn the factor off with a current code.
    // The window's three steps are spent (confirm, renew, remove): a code is never good twice.
    const spent = await post(session, `${BASE}/remove`, { code: totpCodeAt(secret, nowStep()) });
    expect(spent.statusCode).toBe(400);
    const removed = await post(session, `${BASE}/remove`, { code: totpCodeAt(secret, nowStep() + 1) });
    expect(removed.statusCode).toBe(204);
    expect((await get(session, BASE)).json().enabled).toBe(false);
  });

  it('a reset by an administrator is audited and ends the person’s sessions; nobody else resets', async () => {
    const admin = await addUser(t.db, t.planId, 'admin', 'nulstiller@tofaktor.dk');
    const target = await addUser(t.db, t.planId, 'leader', 'mistet-telefon@tofaktor.dk');
    const leaderSession = await signIn(t.app, 'mistet-telefon@tofaktor.dk');
    await setUp(leaderSession);
    const adminSession = await signIn(t.app, 'nulstiller@tofaktor.dk');
    const otherLeader = await addUser(t.db, t.planId, 'leader', 'anden-leder@tofaktor.dk');
    const otherSession = await signIn(t.app, 'anden-leder@tofaktor.dk');
    const url = (id: string) => `/api/v1/users/${id}/reset-second-factor`;
    expect((await post(otherSession, url(target.id))).statusCode).toBe(403);
    expect((await post(adminSession, url(admin.id))).json().error.code).toBe('SECOND_FACTOR_RESET_YOURSELF');
    const reset = await post(adminSession, url(target.id));
    expect(reset.statusCode).toBe(200);
    expect(reset.json().sessionsEnded).toBe(1);
    expect((await get(leaderSession, '/api/v1/plan')).statusCode).toBe(401);
    const events = await t.db
      .selectFrom('audit_event')
      .select(['actor_id', 'details'])
      .where('action', '=', 'second-factor-reset')
      .where('entity_id', '=', target.id)
      .execute();
    expect(events).toEqual([{ actor_id: admin.id, details: '1 sessioner afsluttet' }]);
    const left = await t.db.selectFrom('user_totp').select('id').where('user_id', '=', target.id).execute();
    expect(left).toEqual([]);
    // Without a factor the leader signs in with the password alone, and may set one up again.
    const again = await signInWithPassword(t.app, 'mistet-telefon@tofaktor.dk');
    expect(again.secondFactor).toBe('off');
    expect((await post(adminSession, url(target.id))).json().error.code).toBe('SECOND_FACTOR_NOT_ENABLED');
    expect(otherLeader.id).toBeTruthy();
  });
});
