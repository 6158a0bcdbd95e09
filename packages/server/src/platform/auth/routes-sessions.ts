import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, requireActor } from '../access/request-context.ts';
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
  const me = (request: Parameters<typeof actorContextOf>[0]) => ({
    ...actorContextOf(request),
    actorId: requireActor(request).userId,
  });

  app.get(
    '/sessions',
    {
      config: { access: 'session.read' },
      schema: { operationId: 'listSessions', tags, response: { 200: MySessionList, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
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
      await endMySession(db, me(request), request.params.id);
      liveStreams.endSession(request.params.id);
      if (request.params.id === requireActor(request).sessionId) clearSessionCookie(reply, cookies);
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
      const { userId, sessionId } = requireActor(request);
      const ended = await endMyOtherSessions(db, me(request), sessionId);
      liveStreams.endUser(userId, sessionId);
      return { ended };
    },
  );
};
