// Helhed as a SAML 2.0 service provider for one kommune's identity provider: our metadata, the
// AuthnRequest (HTTP-Redirect) and the checks on the provider's answer (HTTP-POST) before anyone is
// let in. node-saml checks the XML signature, the Conditions' times and the audience; this file adds
// what it leaves out: the assertion's issuer (node-saml checks that only on logout messages), the
// bearer subject confirmation's recipient and expiry (skipped with validateInResponseTo 'never') and
// replay by assertion id. RelayState is not checked here: the route that issued it compares it.
import {
  generateServiceProviderMetadata,
  type Profile,
  SAML,
  SamlStatusError,
  ValidateInResponseTo,
} from '@node-saml/node-saml';
import { type FederatedIdentity, FederationError, type FederationRefusal } from './identity.ts';
import { type SamlSettings, splitPemCertificates } from './saml-settings.ts';

export { type SamlSettings, samlSettingsFromEnv } from './saml-settings.ts';

/**
 * Remembers assertion ids until they expire; `remember` answers false for an id already seen. It must
 * be atomic (an insert that fails on a duplicate id), or two posts of one assertion could both pass.
 */
export interface SamlReplayGuard {
  remember(assertionId: string, notOnOrAfter: Date): Promise<boolean>;
}

export interface SamlServiceProvider {
  /** Our SP metadata for the provider's administrator (entity id, ACS URL, WantAssertionsSigned). */
  metadataXml(): string;
  /** Where to send the browser to sign in: the entry point with SAMLRequest and RelayState. */
  authorizeUrl(relayState: string): Promise<string>;
  /** The identity in a posted SAMLResponse, or a FederationError saying why it was refused. */
  validatePostResponse(body: { SAMLResponse?: string; RelayState?: string }): Promise<FederatedIdentity>;
}

const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
/** A SAMLResponse larger than this (base64 characters) is refused before it is parsed. */
const MAX_RESPONSE_LENGTH = 512 * 1024;

type XmlElement = Record<string, unknown>;

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child elements called `name` of an element parsed by xml2js (prefixes stripped). */
function children(element: unknown, name: string): XmlElement[] {
  if (!isElement(element)) return [];
  const value = element[name];
  return Array.isArray(value) ? value.filter(isElement) : [];
}

function attribute(element: unknown, name: string): string | undefined {
  if (!isElement(element)) return undefined;
  const attributes = element.$;
  if (!isElement(attributes)) return undefined;
  const value = attributes[name];
  return typeof value === 'string' ? value : undefined;
}

/** The strings among an attribute's values as node-saml hands them over (one value or a list). */
function attributeValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function timeOf(value: string | undefined, what: string): number {
  const time = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(time)) throw new FederationError('invalid-response', `${what} is missing or not a time`);
  return time;
}

/** The refusal a node-saml error stands for; its messages are all we have to tell them apart. */
function refusalFor(error: unknown): FederationError {
  if (error instanceof FederationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const detail = `SAML response refused: ${message}`;
  // The provider's own status text is inside this message, so it must not be matched below.
  if (error instanceof SamlStatusError) return new FederationError('invalid-response', detail);
  const rules: Array<[RegExp, FederationRefusal]> = [
    [/signature/i, 'unsigned'],
    [/expired|not yet valid/i, 'expired'],
    [/audience/i, 'wrong-audience'],
    [/issuer/i, 'wrong-issuer'],
  ];
  const rule = rules.find(([pattern]) => pattern.test(message));
  return new FederationError(rule ? rule[1] : 'invalid-response', detail);
}

/**
 * The assertion must carry a bearer SubjectConfirmation whose data names our ACS URL as Recipient
 * and has a NotOnOrAfter that has not passed (SAML Web Browser SSO profile). Returns that time.
 */
function checkBearerConfirmation(
  assertion: XmlElement,
  acsUrl: string,
  nowMs: number,
  skewMs: number,
): number {
  const subject = children(assertion, 'Subject')[0];
  const bearers = children(subject, 'SubjectConfirmation').filter(
    (confirmation) => attribute(confirmation, 'Method') === BEARER,
  );
  if (bearers.length === 0) throw new FederationError('invalid-response', 'no bearer SubjectConfirmation');
  const data = bearers.flatMap((confirmation) => children(confirmation, 'SubjectConfirmationData'));
  const addressedToUs = data.filter((item) => attribute(item, 'Recipient') === acsUrl);
  if (addressedToUs.length === 0) {
    const recipients = data.map((item) => attribute(item, 'Recipient') ?? '(none)').join(', ');
    throw new FederationError(
      'wrong-audience',
      `SubjectConfirmationData Recipient is ${recipients}, not ${acsUrl}`,
    );
  }
  let latest = Number.NEGATIVE_INFINITY;
  for (const item of addressedToUs) {
    const notOnOrAfter = timeOf(attribute(item, 'NotOnOrAfter'), 'SubjectConfirmationData NotOnOrAfter');
    const notBefore = attribute(item, 'NotBefore');
    if (notBefore !== undefined && nowMs + skewMs < timeOf(notBefore, 'SubjectConfirmationData NotBefore'))
      continue;
    if (nowMs - skewMs < notOnOrAfter) latest = Math.max(latest, notOnOrAfter);
  }
  if (latest === Number.NEGATIVE_INFINITY) {
    throw new FederationError('expired', 'the bearer SubjectConfirmationData is not valid now');
  }
  return latest;
}

/** The signed assertion node-saml verified, as xml2js parsed it. */
function verifiedAssertion(profile: Profile): XmlElement {
  const parsed: unknown = profile.getAssertion?.();
  const assertion = isElement(parsed) ? parsed.Assertion : undefined;
  if (!isElement(assertion)) throw new FederationError('invalid-response', 'no assertion in the response');
  return assertion;
}

function identityFrom(profile: Profile, settings: SamlSettings): FederatedIdentity {
  const attributes = isElement(profile.attributes) ? profile.attributes : {};
  const subject = typeof profile.nameID === 'string' ? profile.nameID.trim() : '';
  if (!subject) throw new FederationError('invalid-response', 'the assertion has no NameID');
  const email = attributeValues(attributes[settings.emailAttribute])[0] ?? attributeValues(profile.email)[0];
  const displayName = attributeValues(attributes[settings.nameAttribute])[0];
  return {
    provider: 'saml',
    issuer: profile.issuer,
    subject,
    email: email ? email.toLowerCase() : null,
    displayName: displayName ?? null,
    groups: [...new Set(attributeValues(attributes[settings.groupsAttribute]))],
  };
}

/**
 * The service provider for `settings`. Assertions must be signed by one of the provider's certificates
 * (a signature on the whole Response alone is not enough); `replay` refuses an assertion id seen before.
 */
export function createSamlServiceProvider(
  settings: SamlSettings,
  replay: SamlReplayGuard,
): SamlServiceProvider {
  const certificates = splitPemCertificates(settings.idpCert);
  if (certificates.length === 0) {
    throw new Error('The SAML identity provider certificate holds no PEM certificate');
  }
  const skewMs = Math.max(0, settings.clockSkewSeconds) * 1000;
  const saml = new SAML({
    entryPoint: settings.idpEntryPoint,
    issuer: settings.spEntityId,
    callbackUrl: settings.acsUrl,
    audience: settings.spEntityId,
    idpCert: certificates,
    idpIssuer: settings.idpIssuer,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: skewMs,
    validateInResponseTo: ValidateInResponseTo.never,
    // Let the provider choose the NameID format and how the person signs in (password, Kerberos, MFA).
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  });
  const metadata = generateServiceProviderMetadata({
    issuer: settings.spEntityId,
    callbackUrl: settings.acsUrl,
    identifierFormat: null,
    wantAssertionsSigned: true,
  });

  return {
    metadataXml: () => metadata,

    authorizeUrl: (relayState) => saml.getAuthorizeUrlAsync(relayState, undefined, {}),

    async validatePostResponse(body) {
      const response = body.SAMLResponse;
      if (typeof response !== 'string' || response.length === 0) {
        throw new FederationError('invalid-response', 'no SAMLResponse in the form');
      }
      if (response.length > MAX_RESPONSE_LENGTH) {
        throw new FederationError('invalid-response', 'SAMLResponse too large');
      }
      let profile: Profile | null;
      try {
        ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: response }));
      } catch (error) {
        throw refusalFor(error);
      }
      if (!profile) throw new FederationError('invalid-response', 'the response carries no sign-in');
      if (profile.issuer !== settings.idpIssuer) {
        throw new FederationError(
          'wrong-issuer',
          `assertion issuer ${profile.issuer}, expected ${settings.idpIssuer}`,
        );
      }
      const assertion = verifiedAssertion(profile);
      const nowMs = Date.now();
      const confirmationEnd = checkBearerConfirmation(assertion, settings.acsUrl, nowMs, skewMs);
      const conditionsEnd = attribute(children(assertion, 'Conditions')[0], 'NotOnOrAfter');
      const identity = identityFrom(profile, settings);
      const assertionId = attribute(assertion, 'ID');
      if (!assertionId) throw new FederationError('invalid-response', 'the assertion has no ID');
      // Remember the id for as long as the assertion could still be accepted.
      const usableUntil =
        Math.min(
          confirmationEnd,
          conditionsEnd === undefined ? confirmationEnd : timeOf(conditionsEnd, 'NotOnOrAfter'),
        ) + skewMs;
      if (!(await replay.remember(assertionId, new Date(usableUntil)))) {
        throw new FederationError('replayed', `assertion ${assertionId} was used before`);
      }
      return identity;
    },
  };
}
