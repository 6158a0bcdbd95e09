import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContextOf, requireActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { type ActorContext, withTransaction } from '../../../platform/db/transaction.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { CreateTeamBody, RegistrationOptions, TeamList, TeamView } from '../contract-views.ts';
import {
  findTeamByClientKey,
  insertTeam,
  listActivities,
  listAreasWithDepartments,
  listColleagues,
  listTeams,
  teamOfUser,
} from '../queries/lookups.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse };

async function createTeam(db: Db, context: ActorContext, planId: string, clientKey: string, name: string) {
  try {
    return await withTransaction(db, context, async (trx) => {
      const inserted = await insertTeam(trx, planId, clientKey, name);
      if (inserted) return { team: inserted, isReplay: false };
      const earlier = await findTeamByClientKey(trx, planId, clientKey);
      if (!earlier || earlier.name !== name) throw new AppError('CONFLICT');
      return { team: earlier, isReplay: true };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new AppError('CONFLICT');
    throw error;
  }
}

export const teamRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/teams',
    {
      config: { access: 'teams.read' },
      schema: { operationId: 'listTeams', tags: ['Brugere'], response: { 200: TeamList, ...errors } },
    },
    async (request) => ({ teams: await listTeams(db, requireActor(request).plan.id) }),
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
      const planId = requireActor(request).plan.id;
      const { team, isReplay } = await createTeam(
        db,
        actorContextOf(request),
        planId,
        request.body.clientKey,
        request.body.name,
      );
      return reply.status(isReplay ? 200 : 201).send(team);
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
      const actor = requireActor(request);
      const planId = actor.plan.id;
      const [[areas, departments], activities, teams, colleagues, myTeamId] = await Promise.all([
        listAreasWithDepartments(db, planId),
        listActivities(db, planId),
        listTeams(db, planId),
        listColleagues(db, planId),
        teamOfUser(db, actor.userId),
      ]);
      return {
        areas: areas.map((a) => ({
          ...a,
          departments: departments.filter((d) => d.area_id === a.id).map((d) => ({ id: d.id, name: d.name })),
        })),
        activities,
        teams,
        colleagues: colleagues.map((c) => ({ id: c.id, displayName: c.display_name, teamId: c.team_id })),
        myTeamId,
        myUserId: actor.userId,
      };
    },
  );
};
