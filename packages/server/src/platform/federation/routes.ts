import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { LocalSignInPolicy } from '../auth/service.ts';
import type { CookieSettings } from '../auth/session-cookie.ts';
import type { Db } from '../db/database.ts';
import { SignInOptions } from './contract.ts';
import type { OidcClient } from './oidc.ts';
import { oidcRoutes } from './routes-oidc.ts';
import { samlRoutes } from './routes-saml.ts';
import type { SamlServiceProvider } from './saml.ts';

export interface FederationOptions {
  db: Db;
  cookies: CookieSettings;
  oidc: OidcClient | null;
  saml: { label: string; provider: SamlServiceProvider } | null;
  local: LocalSignInPolicy;
}

/** Sign-in through the organisation's login, under /api/v1/auth (decision 0035). */
export const federationRoutes: FastifyPluginAsyncZod<FederationOptions> = async (app, options) => {
  const { oidc, saml, local } = options;
  app.get(
    '/providers',
    {
      config: { access: 'public' },
      schema: { operationId: 'listSignInOptions', tags: ['Log ind'], response: { 200: SignInOptions } },
    },
    async () => ({
      localSignIn: local.enabled,
      providers: [
        ...(oidc ? [{ kind: 'oidc' as const, label: oidc.label, startPath: '/api/v1/auth/oidc/start' }] : []),
        ...(saml ? [{ kind: 'saml' as const, label: saml.label, startPath: '/api/v1/auth/saml/start' }] : []),
      ],
    }),
  );
  const { db, cookies } = options;
  await app.register(oidcRoutes, { prefix: '/oidc', db, cookies, oidc });
  await app.register(samlRoutes, { prefix: '/saml', db, cookies, saml: saml?.provider ?? null });
};
