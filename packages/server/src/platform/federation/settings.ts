import type { LocalSignInPolicy } from '../auth/service.ts';

/** An OpenID provider as the environment configures it (decision 0035). */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The organisation's name on the sign-in button ("Log ind med Odense Kommune"). */
  label: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** The claim that lists the person's groups (Entra ID: groups or roles). */
  groupsClaim: string;
  scope: string;
}

function required(env: NodeJS.ProcessEnv, name: string, why: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is required when ${why}`);
  return value;
}

/** The public address Helhed is reached at, without a trailing slash; a provider must know it. */
function publicBase(publicUrl: string | undefined, why: string): string {
  if (!publicUrl) throw new Error(`HELHED_PUBLIC_URL is required when ${why}`);
  return publicUrl.replace(/\/+$/, '');
}

/** Null when HELHED_OIDC_ISSUER is unset; a half-made configuration stops the start. */
export function oidcSettingsFromEnv(
  env: NodeJS.ProcessEnv,
  publicUrl: string | undefined,
): OidcSettings | null {
  const issuer = env.HELHED_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const why = 'HELHED_OIDC_ISSUER is set';
  const base = publicBase(publicUrl, why);
  return {
    issuer: new URL(issuer),
    clientId: required(env, 'HELHED_OIDC_CLIENT_ID', why),
    clientSecret: required(env, 'HELHED_OIDC_CLIENT_SECRET', why),
    label: env.HELHED_OIDC_LABEL?.trim() || new URL(issuer).hostname,
    redirectUri: `${base}/api/v1/auth/oidc/callback`,
    postLogoutRedirectUri: `${base}/log-ind`,
    groupsClaim: env.HELHED_OIDC_GROUPS_CLAIM?.trim() || 'groups',
    scope: env.HELHED_OIDC_SCOPES?.trim() || 'openid email profile',
  };
}

/**
 * HELHED_LOCAL_SIGN_IN=off leaves e-mail and password to the break-glass administrator
 * (HELHED_BREAK_GLASS_EMAIL) alone; anything but "off" keeps local sign-in on.
 */
export function localSignInPolicyFromEnv(env: NodeJS.ProcessEnv): LocalSignInPolicy {
  const enabled = env.HELHED_LOCAL_SIGN_IN?.trim().toLowerCase() !== 'off';
  const breakGlass = env.HELHED_BREAK_GLASS_EMAIL?.trim().toLowerCase();
  if (!enabled && !breakGlass) {
    throw new Error('HELHED_BREAK_GLASS_EMAIL is required when HELHED_LOCAL_SIGN_IN=off');
  }
  return { enabled, breakGlassEmail: breakGlass || null };
}
