import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  ActivityKnowledge,
  ActivityParams,
  EditEntryBody,
  EntryParams,
  KnowledgeFilters,
  NewEntryBody,
  SearchQuery,
  SearchResult,
  WithdrawEntryBody,
} from '../contract/knowledge.ts';
import {
  buildActivityKnowledge,
  createEntry,
  knowledgeFile,
  knowledgeFilters,
  searchKnowledgeBase,
} from '../service/knowledge.ts';
import { editEntry, withdrawEntry } from '../service/knowledge-changes.ts';

// The knowledge base (videnbase) across all plans of the user's programs. It holds no personal
// data: the server refuses a CPR number and asks for confirmation of e-mail addresses and phone
// numbers; course evaluations appear only when a leader published them (or inside the course's
// team scope, marked unpublished), and those that look personal are withheld.
const TAGS = ['Videnbase'];
const errors = errorResponses(400, 401, 403, 404, 409, 413, 415);

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
    async (request) => {
      const ctx = contextOf(request);
      return searchKnowledgeBase(db, ctx, request.query);
    },
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
      const ctx = contextOf(request);
      return knowledgeFilters(db, ctx);
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
    async (request) => {
      const ctx = contextOf(request);
      return buildActivityKnowledge(db, ctx, request.params.activityId);
    },
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
      const ctx = contextOf(request);
      return reply.code(201).send(await createEntry(db, ctx, request.body));
    },
  );

  app.patch(
    '/knowledge/entries/:entryId',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        operationId: 'editKnowledgeEntry',
        tags: TAGS,
        params: EntryParams,
        body: EditEntryBody,
        response: { 200: z.object({ id: z.string() }), ...errors },
      },
    },
    async (request) => editEntry(db, contextOf(request), request.params.entryId, request.body),
  );

  app.post(
    '/knowledge/entries/:entryId/withdrawal',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        operationId: 'withdrawKnowledgeEntry',
        tags: TAGS,
        params: EntryParams,
        body: WithdrawEntryBody,
        response: { 200: z.object({ id: z.string() }), ...errors },
      },
    },
    async (request) => withdrawEntry(db, contextOf(request), request.params.entryId, request.body.reason),
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
      const ctx = contextOf(request);
      const file = await knowledgeFile(db, ctx, request.params.entryId);
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(file.data);
    },
  );
};
