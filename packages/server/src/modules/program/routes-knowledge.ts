import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, requireActor } from '../../platform/access/request-context.ts';
import type { Db } from '../../platform/db/database.ts';
import { ErrorResponse } from '../../platform/http/error-response.ts';
import { AppError } from '../../platform/http/errors.ts';
import {
  ActivityKnowledge,
  ActivityParams,
  EntryParams,
  KnowledgeFilters,
  NewEntryBody,
  SearchQuery,
  SearchResult,
} from './contract-knowledge.ts';
import {
  findEntryFile,
  listAreasOfPlans,
  listFocusAreasOfPlans,
  listPlanPeriods,
  visiblePlanIds,
} from './queries-knowledge.ts';
import { buildActivityKnowledge, createEntry, searchKnowledgeBase } from './service/knowledge.ts';

// The knowledge base (videnbase) across all plans of the user's programs. It holds no personal
// data: the server refuses a CPR number and asks for confirmation of e-mail addresses and phone
// numbers; course evaluations appear only when a leader published them (or inside the course's
// team scope, marked unpublished), and those that look personal are withheld.
const TAGS = ['Videnbase'];
const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  413: ErrorResponse,
  415: ErrorResponse,
};

export const knowledgeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/knowledge/search',
    {
      config: { access: 'knowledge.read' },
      schema: {
        operationId: 'searchKnowledge',
        tags: TAGS,
        querystring: SearchQuery,
        response: { 200: SearchResult, ...errors },
      },
    },
    async (request) => searchKnowledgeBase(db, requireActor(request).plan.id, request.query),
  );

  app.get(
    '/knowledge/filters',
    {
      config: { access: 'knowledge.read' },
      schema: {
        operationId: 'getKnowledgeFilters',
        tags: TAGS,
        response: { 200: KnowledgeFilters, ...errors },
      },
    },
    async (request) => {
      const planIds = await visiblePlanIds(db, requireActor(request).plan.id);
      const [focusAreas, areas, periods] = await Promise.all([
        listFocusAreasOfPlans(db, planIds),
        listAreasOfPlans(db, planIds),
        listPlanPeriods(db, planIds),
      ]);
      const years = new Set<number>();
      for (const p of periods) {
        for (let y = Number(p.period_start.slice(0, 4)); y <= Number(p.period_end.slice(0, 4)); y++)
          years.add(y);
      }
      return {
        focusAreas: focusAreas.map((f) => ({ id: f.id, name: f.name, planName: f.plan_name })),
        areas,
        years: [...years].sort((a, b) => b - a),
      };
    },
  );

  app.get(
    '/knowledge/activities/:activityId',
    {
      config: { access: 'knowledge.read' },
      schema: {
        operationId: 'getActivityKnowledge',
        tags: TAGS,
        params: ActivityParams,
        response: { 200: ActivityKnowledge, ...errors },
      },
    },
    async (request) => buildActivityKnowledge(db, requireActor(request), request.params.activityId),
  );

  app.post(
    '/knowledge/entries',
    {
      config: { access: 'knowledge.edit' },
      bodyLimit: 1024 * 1024,
      schema: {
        operationId: 'createKnowledgeEntry',
        tags: TAGS,
        body: NewEntryBody,
        response: { 201: z.object({ id: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await createEntry(db, actorContextOf(request), actor.plan.id, request.body);
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/knowledge/entries/:entryId/file',
    {
      config: { access: 'knowledge.read' },
      schema: {
        operationId: 'getKnowledgeFile',
        tags: TAGS,
        params: EntryParams,
        response: { 200: z.any().describe('the attachment, with its own content type'), ...errors },
      },
    },
    async (request, reply) => {
      const planIds = await visiblePlanIds(db, requireActor(request).plan.id);
      const file = await findEntryFile(db, request.params.entryId, planIds);
      if (!file?.file_data || !file.file_type) throw new AppError('NOT_FOUND');
      const safe = (file.file_name ?? 'bilag').replace(/[^A-Za-z0-9._-]+/g, '-');
      return reply
        .type(file.file_type)
        .header('content-disposition', `attachment; filename="${safe}"`)
        .send(file.file_data);
    },
  );
};
