import * as oidc from 'openid-client';
import { AppError } from '../http/errors.ts';
import type { FederatedIdentity } from './identity.ts';
import { FederationError } from './identity.ts';
import type { OidcSettings } from './settings.ts';

/** A loopback issuer (the tests' provider) may speak plain HTTP; any other must use HTTPS. */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** What a sign-in remembers between the redirect to the provider and its answer. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

function groupsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  return [];
}

/** Tells a failed answer's kind from the library's error, as far as it says. */
function refusalOf(error: unknown): FederationError {
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
  if (/\bstate\b/i.test(text)) return new FederationError('state-mismatch', text);
  if (/\biss\b|issuer/i.test(text)) return new FederationError('wrong-issuer', text);
  if (/\baud\b|audience|azp/i.test(text)) return new FederationError('wrong-audience', text);
  if (/\bexp\b|expired|timestamp/i.test(text)) return new FederationError('expired', text);
  return new FederationError('invalid-response', text);
}

/**
 * The OpenID Connect client: authorization code with PKCE (S256), state and nonce, the id token's
 * signature, issuer, audience and times checked by openid-client (30 s clock tolerance). The
 * provider's metadata is read at the first sign-in and kept; a failed read is tried again next time.
 */
export function createOidcClient(settings: OidcSettings) {
  let configuration: Promise<oidc.Configuration> | null = null;
  const configured = () => {
    configuration ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        { client_secret: settings.clientSecret, [oidc.clockTolerance]: 30 },
        oidc.ClientSecretBasic(settings.clientSecret),
        { ...(isLoopback(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {}), timeout: 10 },
      )
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  };

  return {
    label: settings.label,

    /** The provider's address to send the browser to, and what to remember until it answers. */
    async begin(): Promise<{ url: string; flow: OidcFlow }> {
      const config = await configured().catch(() => {
        throw new AppError('FEDERATION_UNAVAILABLE');
      });
      const flow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scope,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url: url.href, flow };
    },

    /** Trades the code for tokens and reads who signed in from the verified id token. */
    async finish(callbackQuery: string, flow: OidcFlow): Promise<FederatedIdentity> {
      const current = new URL(settings.redirectUri);
      current.search = callbackQuery;
      let claims: oidc.IDToken | undefined;
      try {
        const config = await configured();
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (error) {
        throw refusalOf(error);
      }
      if (!claims) throw new FederationError('invalid-response', 'no id token');
      const name = typeof claims.name === 'string' ? claims.name : null;
      return {
        provider: 'oidc',
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : null,
        displayName: name,
        groups: groupsOf(claims[settings.groupsClaim]),
      };
    },

    /** Where to end the provider's session too, if it offers that (RP-initiated logout). */
    async endSessionUrl(): Promise<string | null> {
      const config = await configured().catch(() => null);
      if (!config?.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        client_id: settings.clientId,
        post_logout_redirect_uri: settings.postLogoutRedirectUri,
      }).href;
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;
