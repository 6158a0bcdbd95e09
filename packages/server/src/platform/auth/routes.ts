import { isRole } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { ChangePasswordBody, SessionResponse, SignInBody } from './contract.ts';
import type { LiveStreams } from './live-streams.ts';
import { presentSession } from './present-session.ts';
import { findLiveSession } from './queries.ts';
import { secondFactorRoutes } from './routes-second-factor.ts';
import { sessionRoutes } from './routes-sessions.ts';
import {
  changePassword,
  clientOf,
  LOCAL_SIGN_IN_ON,
  type LocalSignInPolicy,
  signIn,
  signOut,
} from './service.ts';
import {
  type CookieSettings,
  clearSessionCookie,
  hashToken,
  SESSION_IDLE_MINUTES,
  setSessionCookie,
} from './session-cookie.ts';
import { sessionActorOf } from './session-plugin.ts';
import { SignInThrottle } from './throttle.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  429: ErrorResponse,
};

export const authRoutes: FastifyPluginAsyncZod<{
  db: Db;
  cookies: CookieSettings;
  liveStreams: LiveStreams;
  throttle?: SignInThrottle;
  /** Whether e-mail and password sign in (decision 0035); on unless said. */
  local?: LocalSignInPolicy;
}> = async (app, { db, cookies, liveStreams, throttle = new SignInThrottle(), local = LOCAL_SIGN_IN_ON }) => {
  await app.register(sessionRoutes, { db, cookies, liveStreams });
  await app.register(secondFactorRoutes, { db, cookies, liveStreams, throttle });

  app.post(
    '/sign-in',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        operationId: 'signIn',
        tags: ['Log ind'],
        body: SignInBody,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const session = await signIn(db, throttle, email, password, clientOf(request), local);
      setSessionCookie(reply, cookies, session.token);
      const row = await findLiveSession(db, hashToken(session.token), SESSION_IDLE_MINUTES);
      if (!row || !isRole(row.role)) throw new Error('session vanished right after sign-in');
      request.actor = sessionActorOf({ ...row, role: row.role });
      return presentSession(request.actor);
    },
  );

  app.get(
    '/session',
    {
      config: { access: 'session.status' },
      schema: {
        operationId: 'getSession',
        tags: ['Log ind'],
        response: { 200: SessionResponse, 401: ErrorResponse },
      },
    },
    async (request) => presentSession(contextOf(request).actor),
  );

  app.post(
    '/sign-out',
    {
      config: { access: 'session.sign-out' },
      schema: { operationId: 'signOut', tags: ['Log ind'], response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await signOut(db, ctx);
      liveStreams.endSession(ctx.actor.sessionId);
      clearSessionCookie(reply, cookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password',
    {
      config: { access: 'session.change-password', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        operationId: 'changePassword',
        tags: ['Log ind'],
        body: ChangePasswordBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await changePassword(db, ctx, request.body.currentPassword, request.body.newPassword);
      // The other sessions were ended with the old password; so are their live streams.
      liveStreams.endUser(ctx.actor.userId, ctx.actor.sessionId);
      return reply.status(204).send(null);
    },
  );
};
