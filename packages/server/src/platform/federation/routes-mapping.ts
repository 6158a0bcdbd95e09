import { toRole } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { GroupMappingList, ReplaceGroupMappingsBody } from './contract.ts';
import { listGroupMappings, replaceGroupMappings } from './mapping-service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

/** Administration → Grupper: which of the organisation's groups give which role and team. */
export const groupMappingRoutes: FastifyPluginAsyncZod<{
  db: Db;
  configured: readonly ('oidc' | 'saml')[];
}> = async (app, { db, configured }) => {
  const present = (rows: Awaited<ReturnType<typeof listGroupMappings>>) => ({
    mappings: rows.map((r) => ({ ...r, role: toRole(r.role) })),
    configured: [...configured],
  });

  app.get(
    '',
    {
      config: { access: 'users.read' },
      schema: {
        operationId: 'listGroupMappings',
        tags: ['Brugere'],
        response: { 200: GroupMappingList, ...errors },
      },
    },
    async (request) => present(await listGroupMappings(db, contextOf(request))),
  );

  app.put(
    '',
    {
      config: { access: 'users.edit' },
      schema: {
        operationId: 'replaceGroupMappings',
        tags: ['Brugere'],
        body: ReplaceGroupMappingsBody,
        response: { 200: GroupMappingList, ...errors },
      },
    },
    async (request) => present(await replaceGroupMappings(db, contextOf(request), request.body.mappings)),
  );
};
