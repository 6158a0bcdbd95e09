import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { addTeam } from '../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../db/transaction.ts';
import { insertFederatedUser } from './queries.ts';

describe.each(TEST_DATABASES)('local sign-in switched off on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind, false, {
      federation: { oidc: null, localSignIn: { enabled: false, breakGlassEmail: 'noed@odense.dk' } },
    });
    await addUser(t.db, t.planId, 'admin', 'noed@odense.dk');
    await addUser(t.db, t.planId, 'admin', 'anden-admin@odense.dk');
    await addUser(t.db, t.planId, 'worker', 'medarbejder@odense.dk');
  });
  afterAll(async () => t?.close());

  it('lets only the break-glass administrator in with a password', async () => {
    const tryIn = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email, password: TEST_PASSWORD },
      });
    expect((await tryIn('medarbejder@odense.dk')).statusCode).toBe(401);
    expect((await tryIn('anden-admin@odense.dk')).statusCode).toBe(401);
    expect((await tryIn('noed@odense.dk')).statusCode).toBe(200);
    const options = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/providers' })).json();
    expect(options).toEqual({ localSignIn: false, providers: [] });
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    expect(start.statusCode).toBe(404);
  });

  it("leaves a provider's account's password, role and team to the organisation", async () => {
    const admin = await signIn(t.app, 'noed@odense.dk');
    const team = await addTeam(t.db, t.planId, 'Team Rising (grupper)');
    const userId = await withTransaction(t.db, systemActor('test'), (trx) =>
      insertFederatedUser(trx, {
        planId: t.planId,
        issuer: 'https://login.odense.test',
        subject: 'sub-1',
        email: 'via-login@odense.dk',
        displayName: 'Via Login',
        role: 'worker',
        teamId: null,
      }),
    );
    const attempts = [
      {
        method: 'POST',
        url: `/api/v1/users/${userId}/reset-password`,
        payload: undefined,
        code: 'PASSWORD_ELSEWHERE',
      },
      {
        method: 'POST',
        url: `/api/v1/users/${userId}/role`,
        payload: { role: 'leader' },
        code: 'ROLE_FROM_GROUPS',
      },
      {
        method: 'PUT',
        url: `/api/v1/users/${userId}/team`,
        payload: { teamId: team },
        code: 'ROLE_FROM_GROUPS',
      },
    ] as const;
    for (const attempt of attempts) {
      const answer = await t.app.inject({
        method: attempt.method,
        url: attempt.url,
        headers: as(admin, attempt.method),
        ...(attempt.payload ? { payload: attempt.payload } : {}),
      });
      expect({ url: attempt.url, status: answer.statusCode, code: answer.json().error.code }).toEqual({
        url: attempt.url,
        status: 409,
        code: attempt.code,
      });
    }
    const after = await t.db
      .selectFrom('app_user')
      .select(['role', 'team_id', 'password_hash'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ role: 'worker', team_id: null, password_hash: null });
  });
});

describe.each(TEST_DATABASES)('an OpenID provider that does not answer, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    const publicUrl = 'https://helhed.test';
    t = await buildTestApp(kind, false, {
      publicUrl,
      federation: {
        saml: null,
        oidc: {
          // Port 9 (discard) on loopback: nobody listens, the connection is refused at once.
          issuer: new URL('http://127.0.0.1:9'),
          clientId: 'helhed',
          clientSecret: 'secret',
          label: 'Odense Kommune',
          redirectUri: `${publicUrl}/api/v1/auth/oidc/callback`,
          postLogoutRedirectUri: `${publicUrl}/log-ind`,
          groupsClaim: 'groups',
          scope: 'openid',
        },
      },
    });
  });
  afterAll(async () => t?.close());

  it('says so in Danish (503) at the start, and never answers the return or sign-out with a 5xx', async () => {
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    expect(start.statusCode).toBe(503);
    expect(start.json().error.message).toBe(da.accounts.federation.errors.providerUnavailable);
    const back = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=y' });
    expect({ status: back.statusCode, location: back.headers.location }).toEqual({
      status: 303,
      location: '/log-ind?afvist=state-mismatch',
    });
    const out = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/signed-out' });
    expect({ status: out.statusCode, location: out.headers.location }).toEqual({
      status: 303,
      location: '/log-ind',
    });
  });
});
