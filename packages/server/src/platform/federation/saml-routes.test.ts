import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, buildTestApp, signIn, type TestApp } from '../../../test/build-test-app.ts';
import { addTeam } from '../../../test/registration-setup.ts';
import { createTestSamlIdp, type TestSamlIdp, type TestSamlResponseOptions } from '../../../test/saml-idp.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { samlSettingsFromEnv } from './saml.ts';

const PUBLIC_URL = 'https://helhed.test';
const ENTITY_ID = `${PUBLIC_URL}/api/v1/auth/saml/metadata`;
const ACS = `${PUBLIC_URL}/api/v1/auth/saml/acs`;

describe.each(TEST_DATABASES)('sign-in through a SAML identity provider on %s', (kind) => {
  let t: TestApp;
  let idp: TestSamlIdp;
  let team: string;

  beforeAll(async () => {
    idp = await createTestSamlIdp();
    const saml = samlSettingsFromEnv(
      {
        HELHED_SAML_ENTRY_POINT: 'https://adfs.odense.test/adfs/ls/',
        HELHED_SAML_IDP_ISSUER: idp.issuer,
        HELHED_SAML_IDP_CERT: idp.cert,
        HELHED_SAML_LABEL: 'Odense Kommune (ADFS)',
      },
      PUBLIC_URL,
    );
    t = await buildTestApp(kind, false, { publicUrl: PUBLIC_URL, federation: { oidc: null, saml } });
    await addUser(t.db, t.planId, 'admin', 'admin@saml.test');
    const admin = await signIn(t.app, 'admin@saml.test');
    team = await addTeam(t.db, t.planId, 'Team Korsløkken (SAML)');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/identity-mappings',
      headers: as(admin, 'PUT'),
      payload: {
        mappings: [{ provider: 'saml', groupName: 'SG-Helhed-Korsloekken', role: 'worker', teamId: team }],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
  });
  afterAll(async () => t?.close());

  /** Helhed's start in a browser: the provider's address with RelayState, and the flow cookie. */
  async function begin() {
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/saml/start' });
    expect(start.statusCode).toBe(303);
    const location = new URL(String(start.headers.location));
    const flow = start.cookies.find((c) => c.name.endsWith('helhed-sign-in-saml'));
    expect(flow).toMatchObject({ sameSite: 'None', secure: true, httpOnly: true });
    return {
      location,
      relayState: location.searchParams.get('RelayState') ?? '',
      cookie: `${flow?.name}=${flow?.value}`,
    };
  }

  function post(body: Record<string, string>, cookie?: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/saml/acs',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
      payload: new URLSearchParams(body).toString(),
    });
  }

  const answer = (overrides: Partial<TestSamlResponseOptions> = {}) =>
    idp.signedResponse({
      audience: ENTITY_ID,
      acsUrl: ACS,
      nameId: 'S-1-5-21-2001',
      email: 'sara@odense.dk',
      name: 'Sara Nielsen',
      groups: ['SG-Helhed-Korsloekken', 'SG-Alle'],
      ...overrides,
    });

  async function signInWith(overrides: Partial<TestSamlResponseOptions> = {}) {
    const flow = await begin();
    const response = await post(
      { SAMLResponse: answer(overrides), RelayState: flow.relayState },
      flow.cookie,
    );
    return { status: response.statusCode, location: String(response.headers.location ?? ''), response };
  }

  it('serves the metadata and sends the browser to the entry point with a request', async () => {
    const metadata = await t.app.inject({ method: 'GET', url: '/api/v1/auth/saml/metadata' });
    expect(metadata.statusCode).toBe(200);
    expect(metadata.headers['content-type']).toContain('application/samlmetadata+xml');
    expect(metadata.body).toContain(`entityID="${ENTITY_ID}"`);
    expect(metadata.body).toContain(`Location="${ACS}"`);
    const { location } = await begin();
    expect(`${location.origin}${location.pathname}`).toBe('https://adfs.odense.test/adfs/ls/');
    expect(location.searchParams.get('SAMLRequest')).toBeTruthy();
  });

  it('signs a person in a mapped group in as Medarbejder in the team', async () => {
    const { status, location, response } = await signInWith();
    expect({ status, location }).toEqual({ status: 303, location: '/' });
    const cookie = response.cookies.find((c) => c.name === '__Host-helhed-session');
    const me = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: { cookie: `${cookie?.name}=${cookie?.value}` },
      })
    ).json();
    expect(me.user).toMatchObject({ email: 'sara@odense.dk', role: 'worker', signInMethod: 'saml' });
    const row = await t.db
      .selectFrom('app_user')
      .select(['team_id', 'identity_issuer'])
      .where('email', '=', 'sara@odense.dk')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ team_id: team, identity_issuer: idp.issuer });
  });

  it.each([
    ['unsigned', { sign: 'none' as const }],
    [
      'expired',
      { notOnOrAfter: new Date(Date.now() - 60 * 60_000), notBefore: new Date(Date.now() - 2 * 60 * 60_000) },
    ],
    ['wrong-audience', { audience: 'https://another-system.test/saml' }],
    ['wrong-issuer', { issuer: 'https://impostor.test/adfs' }],
    ['no-group', { groups: ['SG-Alle'], nameId: 'S-1-5-21-2002', email: 'ole@odense.dk' }],
  ])('refuses an answer that is %s, with no session', async (reason, overrides) => {
    const { status, location, response } = await signInWith(overrides);
    expect({ status, location }).toEqual({ status: 303, location: `/log-ind?afvist=${reason}` });
    expect(response.cookies.find((c) => c.name === '__Host-helhed-session')).toBeUndefined();
  });

  it('refuses an assertion posted twice, and one without this browser sign-in (IdP-initiated or forwarded)', async () => {
    const once = answer({ nameId: 'S-1-5-21-2003', email: 'tove@odense.dk' });
    const first = await begin();
    expect(
      (await post({ SAMLResponse: once, RelayState: first.relayState }, first.cookie)).headers.location,
    ).toBe('/');
    const second = await begin();
    expect(
      (await post({ SAMLResponse: once, RelayState: second.relayState }, second.cookie)).headers.location,
    ).toBe('/log-ind?afvist=replayed');
    const fresh = answer({ nameId: 'S-1-5-21-2003', email: 'tove@odense.dk' });
    const third = await begin();
    expect((await post({ SAMLResponse: fresh })).headers.location).toBe('/log-ind?afvist=state-mismatch');
    expect((await post({ SAMLResponse: fresh, RelayState: third.relayState })).headers.location).toBe(
      '/log-ind?afvist=state-mismatch',
    );
  });

  it('answers a garbled post with the sign-in page, never a 5xx', async () => {
    const bodies: Record<string, string>[] = [
      {},
      { SAMLResponse: 'not base64 at all <xml>' },
      { SAMLResponse: Buffer.from('<x/>').toString('base64') },
    ];
    for (const body of bodies) {
      const flow = await begin();
      const response = await post({ ...body, RelayState: flow.relayState }, flow.cookie);
      expect(response.statusCode).toBe(303);
      expect(String(response.headers.location)).toMatch(/^\/log-ind\?afvist=/);
    }
  });
});
