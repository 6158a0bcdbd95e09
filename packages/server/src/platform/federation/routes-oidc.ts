import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CookieSettings, hashToken } from '../auth/session-cookie.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { AppError } from '../http/errors.ts';
import { completeSignIn } from './complete.ts';
import { OidcCallbackQuery } from './contract.ts';
import { FederationError } from './identity.ts';
import type { OidcClient } from './oidc.ts';
import { insertSignInFlow, takeSignInFlow } from './queries.ts';

/** A sign-in must come back from the provider within this time, or it starts over. */
export const FLOW_MINUTES = 10;

const redirect = { 303: z.null(), 404: ErrorResponse, 429: ErrorResponse };

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
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { operationId: 'startOidcSignIn', tags: ['Log ind'], response: redirect },
    },
    async (_request, reply) => {
      const { url, flow } = await configured().begin();
      await insertSignInFlow(
        db,
        {
          stateHash: hashToken(flow.state),
          provider: 'oidc',
          nonce: flow.nonce,
          codeVerifier: flow.codeVerifier,
        },
        FLOW_MINUTES,
      );
      return reply.redirect(url, 303);
    },
  );

  app.get(
    '/callback',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
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
      // The state is taken out as it is read: the same answer a second time finds nothing.
      const flow = state ? await takeSignInFlow(db, hashToken(state), 'oidc', FLOW_MINUTES) : undefined;
      const at = request.url.indexOf('?');
      const query = at < 0 ? '' : request.url.slice(at);
      return completeSignIn(db, cookies, request, reply, 'oidc', async () => {
        if (!flow || !state) throw new FederationError('state-mismatch');
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
