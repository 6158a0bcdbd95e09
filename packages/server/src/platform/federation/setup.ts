import type { LocalSignInPolicy } from '../auth/service.ts';
import type { Db } from '../db/database.ts';
import type { OidcClient } from './oidc.ts';
import { rememberAssertion } from './queries.ts';
import type { SamlServiceProvider } from './saml.ts';
import { type SamlSettings, samlSettingsFromEnv } from './saml-settings.ts';
import { localSignInPolicyFromEnv, type OidcSettings, oidcSettingsFromEnv } from './settings.ts';

/** The app's sign-in settings; what is not given comes from the environment (README's table). */
export interface FederationSettings {
  oidc?: OidcSettings | null;
  saml?: SamlSettings | null;
  localSignIn?: LocalSignInPolicy;
}

/**
 * The configured providers and the password policy; a half-made configuration stops the start. The
 * OpenID Connect and SAML libraries (the XML signature stack is a fifth of the server's code) are
 * loaded only when their provider is configured.
 */
export async function setUpFederation(db: Db, given: FederationSettings, publicUrl: string | undefined) {
  const oidcSettings = given.oidc !== undefined ? given.oidc : oidcSettingsFromEnv(process.env, publicUrl);
  const samlSettings = given.saml !== undefined ? given.saml : samlSettingsFromEnv(process.env, publicUrl);
  const oidc: OidcClient | null = oidcSettings
    ? (await import('./oidc.ts')).createOidcClient(oidcSettings)
    : null;
  const saml: { label: string; provider: SamlServiceProvider } | null = samlSettings
    ? {
        label: samlSettings.label,
        provider: (await import('./saml.ts')).createSamlServiceProvider(samlSettings, {
          remember: (id, notOnOrAfter) => rememberAssertion(db, id, notOnOrAfter),
        }),
      }
    : null;
  const configured = [...(oidc ? (['oidc'] as const) : []), ...(saml ? (['saml'] as const) : [])];
  return {
    oidc,
    saml,
    configured,
    local: given.localSignIn ?? localSignInPolicyFromEnv(process.env),
  };
}
