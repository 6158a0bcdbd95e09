import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CookieSettings } from '../auth/session-cookie.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { AppError } from '../http/errors.ts';
import { completeSignIn } from './complete.ts';
import { OidcCallbackQuery } from './contract.ts';
import { beginFlow, takeFlow } from './flow-cookie.ts';
import { FederationError } from './identity.ts';
import type { OidcClient } from './oidc.ts';

const redirect = { 303: z.null(), 404: ErrorResponse, 429: ErrorResponse, 503: ErrorResponse };
// Generous: a kommune's staff often share one office address, and many sign in at nine.
const limit = { rateLimit: { max: 300, timeWindow: '1 minute' } };

/** OpenID Connect: start at the provider, come back with a code, and end the provider's session. */
export const oidcRoutes: FastifyPluginAsyncZod<{
  db: Db;
  cookies: CookieSettings;
  oidc: OidcClient | null;
}> = async (app, { db, cookies, oidc }) => {
  const configured = () => {
    if (!oidc) throw new AppError('FEDERATION_OFF');
    return oidc;
  };

  app.get(
    '/start',
    {
      config: { access: 'public', ...limit },
      schema: { operationId: 'startOidcSignIn', tags: ['Log ind'], response: redirect },
    },
    async (_request, reply) => {
      const { url, flow } = await configured().begin();
      await beginFlow(db, reply, cookies, { provider: 'oidc', ...flow });
      return reply.redirect(url, 303);
    },
  );

  app.get(
    '/callback',
    {
      config: { access: 'public', ...limit },
      schema: {
        operationId: 'finishOidcSignIn',
        tags: ['Log ind'],
        querystring: OidcCallbackQuery,
        response: redirect,
      },
    },
    async (request, reply) => {
      const client = configured();
      const { state } = request.query;
      // Only in the browser that began it, and only once (flow-cookie.ts).
      const flow = await takeFlow(db, request, reply, cookies, 'oidc', state);
      const at = request.url.indexOf('?');
      const query = at < 0 ? '' : request.url.slice(at);
      return completeSignIn(db, cookies, request, reply, 'oidc', async () => {
        if (!state || !flow?.nonce || !flow.code_verifier) throw new FederationError('state-mismatch');
        return client.finish(query, { state, nonce: flow.nonce, codeVerifier: flow.code_verifier });
      });
    },
  );

  // After Helhed's own sign-out the browser comes here to end the provider's session as well.
  app.get(
    '/signed-out',
    {
      config: { access: 'public' },
      schema: { operationId: 'endOidcSession', tags: ['Log ind'], response: redirect },
    },
    async (_request, reply) => {
      const url = await configured().endSessionUrl();
      return reply.redirect(url ?? '/log-ind', 303);
    },
  );
};
