import { readFileSync } from 'node:fs';

/** How Helhed, as a SAML service provider, meets one kommune's identity provider. */
export interface SamlSettings {
  /** Where the AuthnRequest is sent (the provider's single sign-on URL, HTTP-Redirect binding). */
  idpEntryPoint: string;
  /** The provider's entity id; an assertion must name it as its Issuer. */
  idpIssuer: string;
  /** The provider's signing certificate(s), PEM; more than one during a key rollover. */
  idpCert: string;
  /** Our entity id: the URL of our metadata. */
  spEntityId: string;
  /** Our assertion consumer service (HTTP-POST binding). */
  acsUrl: string;
  /** Shown on the sign-in button, e.g. the kommune's name. */
  label: string;
  /** The attribute names to read groups, e-mail and display name from. */
  groupsAttribute: string;
  emailAttribute: string;
  nameAttribute: string;
  /** How far the provider's clock may be from ours when checking NotBefore / NotOnOrAfter. */
  clockSkewSeconds: number;
}

const DEFAULT_GROUPS_ATTRIBUTE = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups';
const DEFAULT_EMAIL_ATTRIBUTE = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
const DEFAULT_NAME_ATTRIBUTE = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name';
const DEFAULT_LABEL = 'SAML';
const CLOCK_SKEW_SECONDS = 120;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----/g;

/** Each certificate of a PEM text on its own, normalised (an empty list when there is none). */
export function splitPemCertificates(pem: string): string[] {
  return [...pem.matchAll(PEM_CERTIFICATE)].map((match) => {
    const body = (match[1] ?? '').replace(/\s+/g, '');
    const lines = body.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
  });
}

function readCertificate(value: string): string {
  const text = value.trim().startsWith('-----BEGIN') ? value : readPemFile(value.trim());
  if (splitPemCertificates(text).length === 0) {
    throw new Error(
      'HELHED_SAML_IDP_CERT holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)',
    );
  }
  return text;
}

function readPemFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`HELHED_SAML_IDP_CERT is neither PEM text nor a readable PEM file (${path}): ${reason}`);
  }
}

/**
 * SAML sign-in from the environment, or null when HELHED_SAML_ENTRY_POINT is unset. Also reads
 * HELHED_SAML_IDP_ISSUER, HELHED_SAML_IDP_CERT (PEM text or the path of a PEM file), HELHED_SAML_LABEL
 * and HELHED_SAML_{GROUPS,EMAIL,NAME}_ATTRIBUTE. Throws when SAML is half configured, so boot stops.
 */
export function samlSettingsFromEnv(
  env: NodeJS.ProcessEnv,
  publicUrl: string | undefined,
): SamlSettings | null {
  const entryPoint = env.HELHED_SAML_ENTRY_POINT?.trim();
  if (!entryPoint) return null;
  const missing = [
    env.HELHED_SAML_IDP_ISSUER?.trim() ? null : 'HELHED_SAML_IDP_ISSUER',
    env.HELHED_SAML_IDP_CERT?.trim() ? null : 'HELHED_SAML_IDP_CERT',
    publicUrl?.trim() ? null : 'HELHED_PUBLIC_URL',
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) {
    throw new Error(`HELHED_SAML_ENTRY_POINT is set, so SAML sign-in also needs ${missing.join(', ')}`);
  }
  try {
    new URL(entryPoint);
  } catch {
    throw new Error(`HELHED_SAML_ENTRY_POINT is not a URL: ${entryPoint}`);
  }
  const base = (publicUrl ?? '').trim().replace(/\/+$/, '');
  return {
    idpEntryPoint: entryPoint,
    idpIssuer: (env.HELHED_SAML_IDP_ISSUER ?? '').trim(),
    idpCert: readCertificate(env.HELHED_SAML_IDP_CERT ?? ''),
    spEntityId: `${base}/api/v1/auth/saml/metadata`,
    acsUrl: `${base}/api/v1/auth/saml/acs`,
    label: env.HELHED_SAML_LABEL?.trim() || DEFAULT_LABEL,
    groupsAttribute: env.HELHED_SAML_GROUPS_ATTRIBUTE?.trim() || DEFAULT_GROUPS_ATTRIBUTE,
    emailAttribute: env.HELHED_SAML_EMAIL_ATTRIBUTE?.trim() || DEFAULT_EMAIL_ATTRIBUTE,
    nameAttribute: env.HELHED_SAML_NAME_ATTRIBUTE?.trim() || DEFAULT_NAME_ATTRIBUTE,
    clockSkewSeconds: CLOCK_SKEW_SECONDS,
  };
}
