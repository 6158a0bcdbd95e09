import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CookieSettings } from '../auth/session-cookie.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { AppError } from '../http/errors.ts';
import { completeSignIn } from './complete.ts';
import { beginFlow, takeFlow } from './flow-cookie.ts';
import { FederationError } from './identity.ts';
import type { SamlServiceProvider } from './saml.ts';

// Generous: a kommune's staff often share one office address, and many sign in at nine.
const limit = { rateLimit: { max: 300, timeWindow: '1 minute' } };
/** A signed assertion with many groups is large; the adapter refuses above 512 KiB of base64. */
const BODY_LIMIT = 1024 * 1024;

const AcsBody = z.object({
  SAMLResponse: z.string().max(BODY_LIMIT).optional(),
  RelayState: z.string().max(500).optional(),
});

/** SAML 2.0: our metadata, the AuthnRequest, and the assertion consumer service (HTTP-POST). */
export const samlRoutes: FastifyPluginAsyncZod<{
  db: Db;
  cookies: CookieSettings;
  saml: SamlServiceProvider | null;
}> = async (app, { db, cookies, saml }) => {
  const configured = () => {
    if (!saml) throw new AppError('FEDERATION_OFF');
    return saml;
  };
  // The provider posts a plain HTML form; parsed here only, into a record of strings.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: BODY_LIMIT },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.get(
    '/metadata',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getSamlMetadata',
        tags: ['Log ind'],
        response: { 200: z.string(), 404: ErrorResponse },
      },
    },
    async (_request, reply) =>
      reply.type('application/samlmetadata+xml; charset=utf-8').send(configured().metadataXml()),
  );

  app.get(
    '/start',
    {
      config: { access: 'public', ...limit },
      schema: {
        operationId: 'startSamlSignIn',
        tags: ['Log ind'],
        response: { 303: z.null(), 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (_request, reply) => {
      const provider = configured();
      const state = await beginFlow(db, reply, cookies, {
        provider: 'saml',
        nonce: null,
        codeVerifier: null,
      });
      return reply.redirect(await provider.authorizeUrl(state), 303);
    },
  );

  app.post(
    '/acs',
    {
      config: { access: 'public', ...limit },
      schema: {
        operationId: 'finishSamlSignIn',
        tags: ['Log ind'],
        body: AcsBody,
        response: { 303: z.null(), 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const provider = configured();
      // Only an answer to a sign-in this browser began (no IdP-initiated sign-in), and only once.
      const flow = await takeFlow(db, request, reply, cookies, 'saml', request.body.RelayState);
      return completeSignIn(db, cookies, request, reply, 'saml', async () => {
        if (!flow) throw new FederationError('state-mismatch');
        return provider.validatePostResponse(request.body);
      });
    },
  );
};
