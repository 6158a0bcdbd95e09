// A SAML identity provider for tests: a throwaway RSA key with a self-signed certificate (made by the
// openssl CLI), and SAML responses written by hand whose Assertion is really signed with xml-crypto
// (enveloped signature, exclusive c14n, rsa-sha256), as ADFS or Entra ID would send them.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SignedXml } from 'xml-crypto';

const run = promisify(execFile);

/** The attribute names the test provider sends (those of ADFS / Entra ID, Helhed's defaults). */
export const TEST_IDP_ATTRIBUTES = {
  groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
} as const;

export interface TestSamlResponseOptions {
  /** The SP entity id put in the AudienceRestriction. */
  audience: string;
  /** The SP's ACS URL: the Response's Destination and the bearer confirmation's Recipient. */
  acsUrl: string;
  nameId: string;
  email?: string;
  name?: string;
  groups?: string[];
  /** Default: five minutes from now (Conditions and SubjectConfirmationData). */
  notOnOrAfter?: Date;
  /** Default: a minute ago (Conditions). */
  notBefore?: Date;
  /** The Issuer written in the Response and Assertion; default the provider's own. */
  issuer?: string;
  /** Default 'assertion': the Assertion carries an enveloped signature. */
  sign?: 'assertion' | 'none';
  /** Default: a fresh random id. */
  assertionId?: string;
}

export interface TestSamlIdp {
  /** The provider's entity id. */
  issuer: string;
  /** Its self-signed signing certificate, PEM. */
  cert: string;
  /** A SAMLResponse as the provider would post it to the ACS URL (base64 of the XML). */
  signedResponse(options: TestSamlResponseOptions): string;
}

const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
const EXCLUSIVE_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';

/** Text or attribute value made safe for XML. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function freshId(): string {
  // An XML ID must not start with a digit.
  return `_${randomBytes(16).toString('hex')}`;
}

/** xsd:dateTime in UTC with whole seconds, as providers write it. */
function instant(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** A 2048-bit RSA key and a one-day self-signed certificate for it, from the openssl CLI. */
async function throwawayKeyPair(commonName: string): Promise<{ privateKey: string; cert: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-saml-idp-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '1',
      '-subj',
      `/CN=${commonName}`,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ]);
    return { privateKey: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function attributeXml(name: string, values: string[]): string {
  if (values.length === 0) return '';
  const valuesXml = values
    .map((value) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue>`)
    .join('');
  return `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${valuesXml}</saml:Attribute>`;
}

function responseXml(options: TestSamlResponseOptions, issuer: string, assertionId: string): string {
  const now = new Date();
  const notBefore = options.notBefore ?? new Date(now.getTime() - 60_000);
  const notOnOrAfter = options.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000);
  const attributes = [
    attributeXml(TEST_IDP_ATTRIBUTES.email, options.email === undefined ? [] : [options.email]),
    attributeXml(TEST_IDP_ATTRIBUTES.name, options.name === undefined ? [] : [options.name]),
    attributeXml(TEST_IDP_ATTRIBUTES.groups, options.groups ?? []),
  ].join('');
  const issuerXml = `<saml:Issuer>${escapeXml(issuer)}</saml:Issuer>`;
  return [
    `<samlp:Response xmlns:samlp="${SAMLP}" xmlns:saml="${SAML}" ID="${freshId()}" Version="2.0"`,
    ` IssueInstant="${instant(now)}" Destination="${escapeXml(options.acsUrl)}">`,
    issuerXml,
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>',
    `<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"`,
    ` ID="${escapeXml(assertionId)}" Version="2.0" IssueInstant="${instant(now)}">`,
    issuerXml,
    '<saml:Subject>',
    `<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${escapeXml(options.nameId)}</saml:NameID>`,
    '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">',
    `<saml:SubjectConfirmationData NotOnOrAfter="${instant(notOnOrAfter)}" Recipient="${escapeXml(options.acsUrl)}"/>`,
    '</saml:SubjectConfirmation>',
    '</saml:Subject>',
    `<saml:Conditions NotBefore="${instant(notBefore)}" NotOnOrAfter="${instant(notOnOrAfter)}">`,
    `<saml:AudienceRestriction><saml:Audience>${escapeXml(options.audience)}</saml:Audience></saml:AudienceRestriction>`,
    '</saml:Conditions>',
    `<saml:AuthnStatement AuthnInstant="${instant(now)}" SessionIndex="${freshId()}">`,
    '<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>',
    '</saml:AuthnStatement>',
    attributes ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` : '',
    '</saml:Assertion>',
    '</samlp:Response>',
  ].join('');
}

/** Puts an enveloped signature of the Assertion right after the Assertion's Issuer. */
function signAssertion(xml: string, privateKey: string, cert: string): string {
  const assertion = `//*[local-name(.)='Assertion' and namespace-uri(.)='${SAML}']`;
  const signer = new SignedXml({
    privateKey,
    publicCert: cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: EXCLUSIVE_C14N,
  });
  signer.addReference({
    xpath: assertion,
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', EXCLUSIVE_C14N],
  });
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `${assertion}/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signer.getSignedXml();
}

/** A provider with its own throwaway key; `issuer` defaults to a made-up entity id. */
export async function createTestSamlIdp(opts?: { issuer?: string }): Promise<TestSamlIdp> {
  const issuer = opts?.issuer ?? 'https://idp.test-kommune.example/adfs/services/trust';
  const { privateKey, cert } = await throwawayKeyPair('helhed-test-idp');
  return {
    issuer,
    cert,
    signedResponse(options) {
      const xml = responseXml(options, options.issuer ?? issuer, options.assertionId ?? freshId());
      const signed =
        (options.sign ?? 'assertion') === 'assertion' ? signAssertion(xml, privateKey, cert) : xml;
      return Buffer.from(signed, 'utf8').toString('base64');
    },
  };
}
