import { isRole } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import {
  RecoveryCodes,
  SecondFactorCodeBody,
  SecondFactorEnrolment,
  SecondFactorStatus,
  SessionResponse,
  TotpCodeBody,
} from './contract.ts';
import type { LiveStreams } from './live-streams.ts';
import { presentSession } from './present-session.ts';
import { findLiveSession } from './queries.ts';
import {
  confirmSetup,
  removeSecondFactor,
  renewRecoveryCodes,
  secondFactorStatus,
  startSetup,
  verifySecondFactor,
} from './second-factor.ts';
import {
  type CookieSettings,
  clearSessionCookie,
  hashToken,
  SESSION_IDLE_MINUTES,
  setSessionCookie,
} from './session-cookie.ts';
import { sessionActorOf } from './session-plugin.ts';
import type { SignInThrottle } from './throttle.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['Log ind'];
const limited = { max: 10, timeWindow: '1 minute' };

/** The second factor (decision 0027): the second step of signing in, and set-up under "Min konto". */
export const secondFactorRoutes: FastifyPluginAsyncZod<{
  db: Db;
  cookies: CookieSettings;
  liveStreams: LiveStreams;
  throttle: SignInThrottle;
}> = async (app, { db, cookies, liveStreams, throttle }) => {
  app.post(
    '/second-factor/verify',
    {
      config: { access: 'session.second-factor', rateLimit: limited },
      schema: {
        operationId: 'verifySecondFactor',
        tags,
        body: SecondFactorCodeBody,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      let token: string;
      try {
        token = await verifySecondFactor(db, ctx, request.body.code);
      } catch (error) {
        // A wrong code counts with the password's throttle too; the last one ended the session.
        throttle.recordFailure(ctx.actor.email, request.ip);
        if ((error as { code?: string }).code === 'SECOND_FACTOR_ATTEMPTS') {
          liveStreams.endSession(ctx.actor.sessionId);
          clearSessionCookie(reply, cookies);
        }
        throw error;
      }
      throttle.recordSuccess(ctx.actor.email, request.ip);
      setSessionCookie(reply, cookies, token);
      const row = await findLiveSession(db, hashToken(token), SESSION_IDLE_MINUTES);
      if (!row || !isRole(row.role)) throw new Error('session vanished right after the second factor');
      return presentSession(sessionActorOf({ ...row, role: row.role }));
    },
  );

  app.get(
    '/second-factor',
    {
      config: { access: 'account.second-factor' },
      schema: { operationId: 'getSecondFactor', tags, response: { 200: SecondFactorStatus, ...errors } },
    },
    async (request) => secondFactorStatus(db, contextOf(request)),
  );

  app.post(
    '/second-factor/setup',
    {
      config: { access: 'account.second-factor', rateLimit: limited },
      schema: {
        operationId: 'startSecondFactorSetup',
        tags,
        response: { 200: SecondFactorEnrolment, ...errors },
      },
    },
    async (request, reply) => {
      // The secret is shown once, here; no cache may keep it.
      reply.header('cache-control', 'no-store');
      return startSetup(db, contextOf(request));
    },
  );

  app.post(
    '/second-factor/confirm',
    {
      config: { access: 'account.second-factor', rateLimit: limited },
      schema: {
        operationId: 'confirmSecondFactor',
        tags,
        body: TotpCodeBody,
        response: { 200: RecoveryCodes, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const recoveryCodes = await confirmSetup(db, ctx, request.body.code);
      // The other sessions were opened without the factor; so were their live streams.
      liveStreams.endUser(ctx.actor.userId, ctx.actor.sessionId);
      reply.header('cache-control', 'no-store');
      return { recoveryCodes };
    },
  );

  app.post(
    '/second-factor/recovery-codes',
    {
      config: { access: 'account.second-factor', rateLimit: limited },
      schema: {
        operationId: 'renewRecoveryCodes',
        tags,
        body: TotpCodeBody,
        response: { 200: RecoveryCodes, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { recoveryCodes: await renewRecoveryCodes(db, contextOf(request), request.body.code) };
    },
  );

  app.post(
    '/second-factor/remove',
    {
      config: { access: 'account.second-factor', rateLimit: limited },
      schema: {
        operationId: 'removeSecondFactor',
        tags,
        body: TotpCodeBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeSecondFactor(db, contextOf(request), request.body.code);
      return reply.status(204).send(null);
    },
  );
};
