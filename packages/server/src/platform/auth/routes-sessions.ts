import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { EndedCount, MySessionList, SessionIdParams } from './contract.ts';
import type { LiveStreams } from './live-streams.ts';
import { type CookieSettings, clearSessionCookie } from './session-cookie.ts';
import { endMyOtherSessions, endMySession, listMySessions } from './sessions.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['Log ind'];

/** "Mine sessioner": anyone signed in sees and ends their own sessions, and only their own. */
export const sessionRoutes: FastifyPluginAsyncZod<{
  db: Db;
  cookies: CookieSettings;
  liveStreams: LiveStreams;
}> = async (app, { db, cookies, liveStreams }) => {
  app.get(
    '/sessions',
    {
      config: { access: 'session.read' },
      schema: { operationId: 'listSessions', tags, response: { 200: MySessionList, ...errors } },
    },
    async (request) => {
      const { actor } = contextOf(request);
      return { sessions: await listMySessions(db, actor.userId, actor.sessionId) };
    },
  );

  app.delete(
    '/sessions/:id',
    {
      config: { access: 'session.end' },
      schema: {
        operationId: 'endSession',
        tags,
        params: SessionIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await endMySession(db, ctx, request.params.id);
      liveStreams.endSession(request.params.id);
      if (request.params.id === ctx.actor.sessionId) clearSessionCookie(reply, cookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/sessions/end-others',
    {
      config: { access: 'session.end' },
      schema: { operationId: 'endOtherSessions', tags, response: { 200: EndedCount, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      const ended = await endMyOtherSessions(db, ctx);
      liveStreams.endUser(ctx.actor.userId, ctx.actor.sessionId);
      return { ended };
    },
  );
};
