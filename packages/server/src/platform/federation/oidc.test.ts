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
import { callbackAgain, signInThroughProvider } from '../../../test/oidc-browser.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../../../test/oidc-test-provider.ts';
import { addTeam } from '../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';

const PUBLIC_URL = 'https://helhed.test';

describe.each(TEST_DATABASES)('sign-in through an OpenID provider on %s', (kind) => {
  let t: TestApp;
  let provider: TestOidcProvider;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let vollsmose: string;
  let rising: string;

  beforeAll(async () => {
    provider = await startTestOidcProvider(
      `${PUBLIC_URL}/api/v1/auth/oidc/callback`,
      `${PUBLIC_URL}/log-ind`,
    );
    t = await buildTestApp(kind, false, {
      publicUrl: PUBLIC_URL,
      federation: {
        oidc: {
          issuer: new URL(provider.issuer),
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          label: 'Odense Kommune',
          redirectUri: `${PUBLIC_URL}/api/v1/auth/oidc/callback`,
          postLogoutRedirectUri: `${PUBLIC_URL}/log-ind`,
          groupsClaim: 'groups',
          scope: 'openid email profile groups',
        },
      },
    });
    await addUser(t.db, t.planId, 'admin', 'admin@oidc.test');
    admin = await signIn(t.app, 'admin@oidc.test');
    vollsmose = await addTeam(t.db, t.planId, 'Team Vollsmose (OIDC)');
    rising = await addTeam(t.db, t.planId, 'Team Rising (OIDC)');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/identity-mappings',
      headers: as(admin, 'PUT'),
      payload: {
        mappings: [
          { provider: 'oidc', groupName: 'helhed-vollsmose', role: 'worker', teamId: vollsmose },
          { provider: 'oidc', groupName: 'helhed-rising', role: 'worker', teamId: rising },
          { provider: 'oidc', groupName: 'helhed-laesere', role: 'reader', teamId: null },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  const session = async (cookie: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } })).json();

  it('offers the organisation first and says a password still works', async () => {
    const answer = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/providers' })).json();
    expect(answer).toEqual({
      localSignIn: true,
      providers: [{ kind: 'oidc', label: 'Odense Kommune', startPath: '/api/v1/auth/oidc/start' }],
    });
  });

  it('signs a caseworker in as Medarbejder in Team Vollsmose, account made at the first sign-in', async () => {
    provider.accounts.set('amina', {
      email: 'Amina@Odense.dk',
      name: 'Amina Hansen',
      groups: ['helhed-vollsmose', 'alle-ansatte'],
    });
    const answer = await signInThroughProvider(t.app, provider, 'amina');
    expect(answer).toMatchObject({ status: 303, location: '/' });
    const me = await session(answer.cookie as string);
    expect(me.user).toMatchObject({
      email: 'amina@odense.dk',
      displayName: 'Amina Hansen',
      role: 'worker',
      signInMethod: 'oidc',
      secondFactor: 'off',
    });
    const user = await t.db
      .selectFrom('app_user')
      .select(['team_id', 'password_hash', 'identity_issuer', 'identity_subject'])
      .where('email', '=', 'amina@odense.dk')
      .executeTakeFirstOrThrow();
    expect(user).toEqual({
      team_id: vollsmose,
      password_hash: null,
      identity_issuer: provider.issuer,
      identity_subject: 'amina',
    });
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'details', 'plan_id'])
      .where('actor_label', '=', 'amina@odense.dk')
      .where('action', '=', 'sign-in')
      .execute();
    expect(audit).toEqual([
      { action: 'sign-in', details: `via OpenID Connect (${provider.issuer})`, plan_id: t.planId },
    ]);
  });

  it('refuses a person in no mapped group: no account, no session, a Danish reason and an audit line', async () => {
    provider.accounts.set('bo', { email: 'bo@odense.dk', name: 'Bo', groups: ['alle-ansatte'] });
    const answer = await signInThroughProvider(t.app, provider, 'bo');
    expect(answer).toEqual(
      expect.objectContaining({ status: 303, location: '/log-ind?afvist=no-group', cookie: null }),
    );
    const made = await t.db.selectFrom('app_user').select('id').where('email', '=', 'bo@odense.dk').execute();
    expect(made).toEqual([]);
    const failed = await t.db
      .selectFrom('audit_event')
      .select('details')
      .where('actor_label', '=', 'bo@odense.dk')
      .where('action', '=', 'sign-in-failed')
      .execute();
    expect(failed).toEqual([{ details: 'via OpenID Connect: no-group' }]);
  });

  it('refuses the same answer twice, a made-up state, and an answer opened in another browser', async () => {
    provider.accounts.set('carl', { email: 'carl@odense.dk', groups: ['helhed-laesere'] });
    const refused = { status: 303, location: '/log-ind?afvist=state-mismatch', cookie: null };
    const first = await signInThroughProvider(t.app, provider, 'carl');
    expect(first.status).toBe(303);
    expect(first.cookie).not.toBeNull();
    expect(await callbackAgain(t.app, first.callback, first.flowCookie)).toEqual(refused);
    expect(await callbackAgain(t.app, '/api/v1/auth/oidc/callback?code=abc&state=made-up')).toEqual(refused);
    // Login CSRF: the attacker begins a sign-in as carl and sends the provider's answer to a victim,
    // whose browser never began that sign-in (no flow cookie, or the cookie of a flow of its own).
    const attacker = await signInThroughProvider(t.app, provider, 'carl', { stopBeforeHelhed: true });
    const victim = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    const victimFlow = victim.cookies.find((c) => c.name.endsWith('helhed-sign-in-oidc'));
    expect(await callbackAgain(t.app, attacker.callback)).toEqual(refused);
    expect(await callbackAgain(t.app, attacker.callback, `${victimFlow?.name}=${victimFlow?.value}`)).toEqual(
      refused,
    );
  });

  it('refuses groups that give two different teams, and follows the groups at every sign-in', async () => {
    provider.accounts.set('dina', { email: 'dina@odense.dk', groups: ['helhed-vollsmose', 'helhed-rising'] });
    expect((await signInThroughProvider(t.app, provider, 'dina')).location).toBe(
      '/log-ind?afvist=several-roles',
    );
    provider.accounts.set('dina', { email: 'dina@odense.dk', groups: ['helhed-rising'] });
    const asWorker = await signInThroughProvider(t.app, provider, 'dina');
    expect((await session(asWorker.cookie as string)).user.role).toBe('worker');
    provider.accounts.set('dina', { email: 'dina@odense.dk', groups: ['helhed-laesere'] });
    const asReader = await signInThroughProvider(t.app, provider, 'dina');
    expect((await session(asReader.cookie as string)).user.role).toBe('reader');
    // Taken out of every group at the organisation: the next sign-in is refused.
    provider.accounts.set('dina', { email: 'dina@odense.dk', groups: [] });
    expect((await signInThroughProvider(t.app, provider, 'dina')).location).toBe('/log-ind?afvist=no-group');
  });

  it('refuses a deactivated account and an e-mail a local account already has', async () => {
    await addUser(t.db, t.planId, 'worker', 'erik@odense.dk');
    provider.accounts.set('erik', { email: 'erik@odense.dk', groups: ['helhed-laesere'] });
    expect((await signInThroughProvider(t.app, provider, 'erik')).location).toBe(
      '/log-ind?afvist=email-taken',
    );
    provider.accounts.set('nomail', { groups: ['helhed-laesere'] });
    expect((await signInThroughProvider(t.app, provider, 'nomail')).location).toBe(
      '/log-ind?afvist=no-email',
    );
    provider.accounts.set('frida', { email: 'frida@odense.dk', groups: ['helhed-laesere'] });
    await signInThroughProvider(t.app, provider, 'frida');
    const frida = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'frida@odense.dk')
      .executeTakeFirstOrThrow();
    const off = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${frida.id}/deactivate`,
      headers: as(admin, 'POST'),
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await signInThroughProvider(t.app, provider, 'frida')).location).toBe(
      '/log-ind?afvist=deactivated',
    );
  });

  it('gives a provider-made account no password door: sign-in 401, change and reset refused', async () => {
    provider.accounts.set('gorm', { email: 'gorm@odense.dk', groups: ['helhed-laesere'] });
    const answer = await signInThroughProvider(t.app, provider, 'gorm');
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'gorm@odense.dk', password: TEST_PASSWORD },
    });
    expect(password.statusCode).toBe(401);
    const me = await session(answer.cookie as string);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: answer.cookie as string, 'x-csrf-token': me.csrfToken },
      payload: { currentPassword: 'hvad som helst 123', newPassword: 'en helt ny adgangskode' },
    });
    expect(change.statusCode, change.body).toBe(409);
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${me.user.id}/reset-password`,
      headers: as(admin, 'POST'),
    });
    expect(reset.statusCode, reset.body).toBe(409);
  });

  it('sends the browser on to end the provider session after sign-out', async () => {
    const out = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/signed-out' });
    expect(out.statusCode).toBe(303);
    const location = new URL(String(out.headers.location));
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/log-ind`);
  });

  it('lets the administrator map groups, but never to Administrator, a team of another plan or a group twice', async () => {
    const before = (
      await t.app.inject({ method: 'GET', url: '/api/v1/identity-mappings', headers: as(admin) })
    ).json();
    expect(before.mappings).toHaveLength(3);
    expect(before.configured).toEqual(['oidc']);
    const texts = da.accounts.federation.errors;
    const bad = [
      [texts.adminNotMappable, [{ provider: 'oidc', groupName: 'it-admins', role: 'admin', teamId: null }]],
      [
        texts.teamNotInPlan,
        [{ provider: 'oidc', groupName: 'x', role: 'worker', teamId: crypto.randomUUID() }],
      ],
      [
        texts.duplicateGroup,
        [
          { provider: 'oidc', groupName: 'x', role: 'worker', teamId: null },
          { provider: 'oidc', groupName: 'x ', role: 'reader', teamId: null },
        ],
      ],
    ] as const;
    for (const [text, mappings] of bad) {
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/identity-mappings',
        headers: as(admin, 'PUT'),
        payload: { mappings },
      });
      expect(put.statusCode, put.body).toBe(400);
      expect(put.body).toContain(text);
    }
    const after = (
      await t.app.inject({ method: 'GET', url: '/api/v1/identity-mappings', headers: as(admin) })
    ).json();
    expect(after).toEqual(before);
  });
});
