import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSamlIdp, type TestSamlIdp } from '../../../test/saml-idp.ts';
import { samlSettingsFromEnv } from './saml.ts';
import { splitPemCertificates } from './saml-settings.ts';

const PUBLIC_URL = 'https://helhed.test-kommune.example';
const SP_ENTITY_ID = `${PUBLIC_URL}/api/v1/auth/saml/metadata`;
const ACS_URL = `${PUBLIC_URL}/api/v1/auth/saml/acs`;
const ENTRY_POINT = 'https://idp.test-kommune.example/adfs/ls/';

let idp: TestSamlIdp;

beforeAll(async () => {
  idp = await createTestSamlIdp();
});

describe('samlSettingsFromEnv', () => {
  it('is null when HELHED_SAML_ENTRY_POINT is unset', () => {
    expect(samlSettingsFromEnv({}, PUBLIC_URL)).toBeNull();
    expect(samlSettingsFromEnv({ HELHED_SAML_IDP_ISSUER: 'x' }, undefined)).toBeNull();
  });

  it('throws when SAML is half configured', () => {
    const entry = { HELHED_SAML_ENTRY_POINT: ENTRY_POINT };
    expect(() => samlSettingsFromEnv(entry, PUBLIC_URL)).toThrow(
      /HELHED_SAML_IDP_ISSUER.*HELHED_SAML_IDP_CERT/,
    );
    expect(() =>
      samlSettingsFromEnv(
        { ...entry, HELHED_SAML_IDP_ISSUER: idp.issuer, HELHED_SAML_IDP_CERT: idp.cert },
        undefined,
      ),
    ).toThrow(/HELHED_PUBLIC_URL/);
    expect(() =>
      samlSettingsFromEnv(
        { ...entry, HELHED_SAML_IDP_ISSUER: idp.issuer, HELHED_SAML_IDP_CERT: 'no-such.pem' },
        PUBLIC_URL,
      ),
    ).toThrow(/HELHED_SAML_IDP_CERT/);
  });

  it('derives our URLs from the public URL, reads the certificate from a file and has the defaults', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-saml-cert-'));
    try {
      const certFile = path.join(dir, 'idp.pem');
      await writeFile(certFile, idp.cert);
      const settings = samlSettingsFromEnv(
        {
          HELHED_SAML_ENTRY_POINT: ENTRY_POINT,
          HELHED_SAML_IDP_ISSUER: idp.issuer,
          HELHED_SAML_IDP_CERT: certFile,
        },
        `${PUBLIC_URL}/`,
      );
      expect(settings).toMatchObject({
        idpEntryPoint: ENTRY_POINT,
        idpIssuer: idp.issuer,
        idpCert: idp.cert,
        spEntityId: SP_ENTITY_ID,
        acsUrl: ACS_URL,
        groupsAttribute: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
        emailAttribute: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        nameAttribute: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      });
      expect(settings?.clockSkewSeconds).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an entry point that is not a URL and a certificate text with no certificate in it', () => {
    const configured = { HELHED_SAML_IDP_ISSUER: idp.issuer, HELHED_SAML_IDP_CERT: idp.cert };
    expect(() =>
      samlSettingsFromEnv({ ...configured, HELHED_SAML_ENTRY_POINT: 'idp/adfs' }, PUBLIC_URL),
    ).toThrow(/not a URL/);
    const noCert = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n';
    expect(() =>
      samlSettingsFromEnv(
        { ...configured, HELHED_SAML_ENTRY_POINT: ENTRY_POINT, HELHED_SAML_IDP_CERT: noCert },
        PUBLIC_URL,
      ),
    ).toThrow(/no PEM certificate/);
  });
});

describe('splitPemCertificates', () => {
  it('splits a bundle into normalised certificates and ignores what is not a certificate', () => {
    const crlf = idp.cert.replace(/\n/g, '\r\n');
    const bundle = `issuer: test\n${crlf}\n-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n${idp.cert}`;
    const certificates = splitPemCertificates(bundle);
    expect(certificates).toHaveLength(2);
    expect(certificates[0]).toBe(certificates[1]);
    expect(certificates[0]).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----\n$/,
    );
    expect(splitPemCertificates('')).toEqual([]);
  });
});
