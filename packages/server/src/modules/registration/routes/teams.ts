import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { CreateTeamBody } from '../contract/bodies.ts';
import { RegistrationOptions, TeamList, TeamView } from '../contract/views.ts';
import { createTeam, registrationOptions, teamList } from '../service/teams.ts';

const errors = errorResponses(400, 401, 403, 409);

export const teamRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/teams',
    {
      config: { access: 'teams.read' },
      schema: { operationId: 'listTeams', tags: ['Brugere'], response: { 200: TeamList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return teamList(db, ctx);
    },
  );

  app.post(
    '/teams',
    {
      config: { access: 'teams.manage' },
      schema: {
        operationId: 'createTeam',
        tags: ['Brugere'],
        body: CreateTeamBody,
        response: { 200: TeamView, 201: TeamView, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { isReplay, view } = await createTeam(db, ctx, request.body);
      return reply.status(isReplay ? 200 : 201).send(view);
    },
  );

  // What the registration forms choose from: areas with afdelinger, activities, teams, colleagues.
  app.get(
    '/registration/options',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'getRegistrationOptions',
        tags: ['Forløb'],
        response: { 200: RegistrationOptions, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return registrationOptions(db, ctx);
    },
  );
};
