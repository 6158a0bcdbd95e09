import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../access/request-context.ts';
import type { LiveStreams } from '../auth/live-streams.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { CreateUserBody, SetUserTeamBody, UserIdParams, UserList, UserView } from './contract.ts';
import { presentUser } from './present.ts';
import { listUsersOfPlan } from './queries.ts';
import { changeUserTeam, createUser } from './service.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

export const userRoutes: FastifyPluginAsyncZod<{ db: Db; liveStreams: LiveStreams }> = async (
  app,
  { db, liveStreams },
) => {
  app.get(
    '',
    {
      config: { access: 'users.read' },
      schema: { operationId: 'listUsers', tags: ['Brugere'], response: { 200: UserList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      const rows = await listUsersOfPlan(db, ctx.actor.plan.id);
      return { users: rows.map((row) => presentUser(ctx, row)) };
    },
  );

  app.post(
    '',
    {
      config: { access: 'users.create' },
      schema: {
        operationId: 'createUser',
        tags: ['Brugere'],
        body: CreateUserBody,
        response: { 200: UserView, 201: UserView, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { user, isReplay } = await createUser(db, ctx, ctx.actor.plan.id, request.body);
      return reply.status(isReplay ? 200 : 201).send(presentUser(ctx, user));
    },
  );

  app.put(
    '/:id/team',
    {
      config: { access: 'users.edit' },
      schema: {
        operationId: 'setUserTeam',
        tags: ['Brugere'],
        params: UserIdParams,
        body: SetUserTeamBody,
        response: { 200: UserView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const row = await changeUserTeam(db, ctx, ctx.actor.plan.id, request.params.id, request.body.teamId);
      // What the user's open live streams were granted has changed: they end (and reconnect).
      liveStreams.endUser(row.id);
      return presentUser(ctx, row);
    },
  );
};
