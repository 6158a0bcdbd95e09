import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSamlIdp, type TestSamlIdp, type TestSamlResponseOptions } from '../../../test/saml-idp.ts';
import { FederationError, type FederationRefusal } from './identity.ts';
import { createSamlServiceProvider, type SamlSettings, samlSettingsFromEnv } from './saml.ts';

const PUBLIC_URL = 'https://helhed.test-kommune.example';
const SP_ENTITY_ID = `${PUBLIC_URL}/api/v1/auth/saml/metadata`;
const ACS_URL = `${PUBLIC_URL}/api/v1/auth/saml/acs`;
const ENTRY_POINT = 'https://idp.test-kommune.example/adfs/ls/';

let idp: TestSamlIdp;
/** Another provider: its own key, the same entity id as `idp`. */
let impostor: TestSamlIdp;

beforeAll(async () => {
  [idp, impostor] = await Promise.all([
    createTestSamlIdp(),
    createTestSamlIdp({ issuer: 'https://idp.test-kommune.example/adfs/services/trust' }),
  ]);
});

function settingsFor(provider: TestSamlIdp): SamlSettings {
  const settings = samlSettingsFromEnv(
    {
      HELHED_SAML_ENTRY_POINT: ENTRY_POINT,
      HELHED_SAML_IDP_ISSUER: provider.issuer,
      HELHED_SAML_IDP_CERT: provider.cert,
      HELHED_SAML_LABEL: 'Test Kommune',
    },
    PUBLIC_URL,
  );
  if (!settings) throw new Error('expected SAML settings');
  return settings;
}

/** A replay memory like the one the database will keep: each id once. */
function memoryReplayGuard() {
  const seen = new Map<string, Date>();
  return {
    seen,
    async remember(assertionId: string, notOnOrAfter: Date): Promise<boolean> {
      if (seen.has(assertionId)) return false;
      seen.set(assertionId, notOnOrAfter);
      return true;
    },
  };
}

function serviceProvider() {
  const replay = memoryReplayGuard();
  return { sp: createSamlServiceProvider(settingsFor(idp), replay), replay };
}

function responseOptions(overrides: Partial<TestSamlResponseOptions> = {}): TestSamlResponseOptions {
  return {
    audience: SP_ENTITY_ID,
    acsUrl: ACS_URL,
    nameId: 'S-1-5-21-1004',
    email: 'Karen.Holm@Test-Kommune.example',
    name: 'Karen Holm',
    groups: ['Helhed-Staff', 'Helhed-Leaders'],
    ...overrides,
  };
}

async function refusalOf(promise: Promise<unknown>): Promise<FederationRefusal> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FederationError);
  return (error as FederationError).refusal;
}

function decode(samlResponse: string): string {
  return Buffer.from(samlResponse, 'base64').toString('utf8');
}

function encode(xml: string): string {
  return Buffer.from(xml, 'utf8').toString('base64');
}

describe('SAML service provider', () => {
  it('accepts a signed assertion and reads subject, issuer, e-mail, name and groups', async () => {
    const { sp, replay } = serviceProvider();
    const identity = await sp.validatePostResponse({ SAMLResponse: idp.signedResponse(responseOptions()) });
    expect(identity).toEqual({
      provider: 'saml',
      issuer: idp.issuer,
      subject: 'S-1-5-21-1004',
      email: 'karen.holm@test-kommune.example',
      displayName: 'Karen Holm',
      groups: ['Helhed-Staff', 'Helhed-Leaders'],
    });
    const [remembered] = [...replay.seen.values()];
    expect(remembered?.getTime()).toBeGreaterThan(Date.now());
  });

  it('reads a single group, and no groups, e-mail or name when the provider sends none', async () => {
    const { sp } = serviceProvider();
    const one = await sp.validatePostResponse({
      SAMLResponse: idp.signedResponse(responseOptions({ groups: ['Helhed-Leaders'] })),
    });
    expect(one.groups).toEqual(['Helhed-Leaders']);
    const bare = await sp.validatePostResponse({
      SAMLResponse: idp.signedResponse({ audience: SP_ENTITY_ID, acsUrl: ACS_URL, nameId: 'kh@example' }),
    });
    expect(bare).toMatchObject({ subject: 'kh@example', email: null, displayName: null, groups: [] });
  });

  it('escapes XML text: a name with markup characters arrives as written', async () => {
    const { sp } = serviceProvider();
    const identity = await sp.validatePostResponse({
      SAMLResponse: idp.signedResponse(responseOptions({ name: 'Zoë & <José> "q"', groups: ['a&b'] })),
    });
    expect(identity.displayName).toBe('Zoë & <José> "q"');
    expect(identity.groups).toEqual(['a&b']);
  });

  it('refuses an unsigned assertion', async () => {
    const { sp } = serviceProvider();
    const response = idp.signedResponse(responseOptions({ sign: 'none' }));
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: response }))).toBe('unsigned');
  });

  it('refuses a signed assertion with a group added afterwards', async () => {
    const { sp } = serviceProvider();
    const xml = decode(idp.signedResponse(responseOptions({ groups: ['Helhed-Staff'] })));
    const value = '<saml:AttributeValue xsi:type="xs:string">Helhed-Staff</saml:AttributeValue>';
    expect(xml).toContain(value);
    const tampered = xml.replace(
      value,
      `${value}<saml:AttributeValue xsi:type="xs:string">Helhed-Admins</saml:AttributeValue>`,
    );
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: encode(tampered) }))).toBe('unsigned');
  });

  it('refuses a signed assertion whose NameID was changed', async () => {
    const { sp } = serviceProvider();
    const tampered = decode(idp.signedResponse(responseOptions())).replace('S-1-5-21-1004', 'S-1-5-21-500');
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: encode(tampered) }))).toBe('unsigned');
  });

  it('refuses an assertion signed by another key, even naming the right issuer', async () => {
    const { sp } = serviceProvider();
    expect(impostor.issuer).toBe(idp.issuer);
    const response = impostor.signedResponse(responseOptions());
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: response }))).toBe('unsigned');
  });

  it('refuses an assertion from another issuer, even signed with the trusted key', async () => {
    const { sp } = serviceProvider();
    const response = idp.signedResponse(responseOptions({ issuer: 'https://idp.other-kommune.example/' }));
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: response }))).toBe('wrong-issuer');
  });

  it('refuses an expired assertion, and accepts one just expired within the clock skew', async () => {
    const { sp } = serviceProvider();
    const settings = settingsFor(idp);
    const longAgo = new Date(Date.now() - (settings.clockSkewSeconds + 60) * 1000);
    const expired = idp.signedResponse(
      responseOptions({ notOnOrAfter: longAgo, notBefore: new Date(longAgo.getTime() - 300_000) }),
    );
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: expired }))).toBe('expired');
    const justNow = new Date(Date.now() - 10_000);
    const withinSkew = idp.signedResponse(
      responseOptions({ notOnOrAfter: justNow, notBefore: new Date(justNow.getTime() - 300_000) }),
    );
    await expect(sp.validatePostResponse({ SAMLResponse: withinSkew })).resolves.toMatchObject({
      subject: 'S-1-5-21-1004',
    });
  });

  it('refuses an assertion not yet valid beyond the clock skew', async () => {
    const { sp } = serviceProvider();
    const later = new Date(Date.now() + 3_600_000);
    const early = idp.signedResponse(
      responseOptions({ notBefore: later, notOnOrAfter: new Date(later.getTime() + 300_000) }),
    );
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: early }))).toBe('expired');
  });

  it('refuses an assertion for another service provider', async () => {
    const { sp } = serviceProvider();
    const response = idp.signedResponse(responseOptions({ audience: 'https://other-sp.example/metadata' }));
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: response }))).toBe('wrong-audience');
  });

  it("refuses an assertion whose bearer confirmation names another service provider's ACS URL", async () => {
    const { sp } = serviceProvider();
    const response = idp.signedResponse(responseOptions({ acsUrl: 'https://other-sp.example/acs' }));
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: response }))).toBe('wrong-audience');
  });

  it('refuses the same assertion posted twice as replayed', async () => {
    const { sp } = serviceProvider();
    const response = idp.signedResponse(responseOptions());
    await sp.validatePostResponse({ SAMLResponse: response, RelayState: 'a' });
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: response, RelayState: 'a' }))).toBe(
      'replayed',
    );
    const sameId = idp.signedResponse(responseOptions({ assertionId: '_fixed-id-1' }));
    const again = idp.signedResponse(responseOptions({ assertionId: '_fixed-id-1' }));
    await sp.validatePostResponse({ SAMLResponse: sameId });
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: again }))).toBe('replayed');
  });

  it('refuses a missing or garbled SAMLResponse as an invalid response', async () => {
    const { sp } = serviceProvider();
    expect(await refusalOf(sp.validatePostResponse({}))).toBe('invalid-response');
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: encode('<not-xml') }))).toBe(
      'invalid-response',
    );
  });

  it('publishes metadata with our entity id, ACS URL and WantAssertionsSigned', () => {
    const { sp } = serviceProvider();
    const xml = sp.metadataXml();
    expect(xml).toContain(`entityID="${SP_ENTITY_ID}"`);
    expect(xml).toContain(`Location="${ACS_URL}"`);
    expect(xml).toContain('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
    expect(xml).toContain('WantAssertionsSigned="true"');
  });

  it('sends the browser to the entry point with an AuthnRequest and the RelayState', async () => {
    const { sp } = serviceProvider();
    const url = new URL(await sp.authorizeUrl('state-123'));
    expect(`${url.origin}${url.pathname}`).toBe(ENTRY_POINT);
    expect(url.searchParams.get('RelayState')).toBe('state-123');
    const request = url.searchParams.get('SAMLRequest');
    expect(request).toBeTruthy();
    const xml = inflateRawSync(Buffer.from(request ?? '', 'base64')).toString('utf8');
    expect(xml).toContain('AuthnRequest');
    expect(xml).toContain(`AssertionConsumerServiceURL="${ACS_URL}"`);
    expect(xml).toContain(`>${SP_ENTITY_ID}</saml:Issuer>`);
  });

  it('keeps the whole NameID when a comment is slipped into it (the signature ignores comments)', async () => {
    const { sp } = serviceProvider();
    const xml = decode(idp.signedResponse(responseOptions({ nameId: 'admin@kommune.example.evil' })));
    const commented = xml.replace('admin@kommune.example.evil', 'admin@kommune.example<!---->.evil');
    const identity = await sp.validatePostResponse({ SAMLResponse: encode(commented) });
    expect(identity.subject).toBe('admin@kommune.example.evil');
  });

  it('refuses a signed response with a second, forged assertion wrapped around it', async () => {
    const { sp } = serviceProvider();
    const xml = decode(idp.signedResponse(responseOptions()));
    const assertion = xml.match(/<saml:Assertion[\s\S]*<\/saml:Assertion>/)?.[0] ?? '';
    const forged = assertion
      .replace(/ ID="[^"]+"/, ' ID="_forged"')
      .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '')
      .replace('S-1-5-21-1004', 'S-1-5-21-500');
    const wrapped = xml.replace('<saml:Assertion', `${forged}<saml:Assertion`);
    expect(await refusalOf(sp.validatePostResponse({ SAMLResponse: encode(wrapped) }))).toBe('unsigned');
  });

  it('trusts every certificate of a PEM bundle (key rollover)', async () => {
    const replay = memoryReplayGuard();
    const both = { ...settingsFor(idp), idpCert: `${impostor.cert}\n${idp.cert}` };
    const sp = createSamlServiceProvider(both, replay);
    await expect(
      sp.validatePostResponse({ SAMLResponse: idp.signedResponse(responseOptions()) }),
    ).resolves.toBeTruthy();
    await expect(
      sp.validatePostResponse({ SAMLResponse: impostor.signedResponse(responseOptions()) }),
    ).resolves.toBeTruthy();
  });
});
