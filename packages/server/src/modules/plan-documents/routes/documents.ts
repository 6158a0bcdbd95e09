import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  DOCUMENT_MAX_BYTES,
  DocumentList,
  DocumentParams,
  UploadQuery,
  UploadResult,
  VersionParams,
  VersionUploadQuery,
} from '../contract/documents.ts';
import { documentList, uploadDocument, uploadVersion, versionFile } from '../service/documents.ts';

const tags = ['Plandokumenter'];
const errors = errorResponses(400, 401, 403, 404);
/** Bodies a little over the limit still reach the check, which answers the Danish 400 (not a 413). */
const BODY_LIMIT = DOCUMENT_MAX_BYTES + 1024 * 1024;

/** The plan's documents: listed and downloaded by the board too, uploaded by leader and admin. */
export const documentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(uploadRoutes, { db });

  app.get(
    '',
    {
      config: { access: 'documents.read' },
      schema: { operationId: 'listPlanDocuments', tags, response: { 200: DocumentList, ...errors } },
    },
    async (request) => documentList(db, contextOf(request)),
  );

  app.get(
    '/:id/versions/:versionId',
    {
      config: { access: 'documents.read' },
      schema: {
        operationId: 'getPlanDocumentFile',
        tags,
        params: VersionParams,
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const file = await versionFile(db, ctx, request.params.id, request.params.versionId);
      return reply
        .header('content-type', EXPORT_FORMATS.pdf.contentType)
        .header('content-disposition', attachmentHeader(file.name, 'pdf'))
        .send(file.content);
    },
  );
};

/**
 * The uploads in a scope of their own: only here is a body read as a file, whatever its Content-Type
 * (the check is the file's first bytes, not what the browser calls it); JSON stays JSON and is refused.
 */
const uploadRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
  const upload = {
    config: { access: 'documents.upload' as const },
    // The gate runs in onRequest: a caller who may not upload is turned away before a byte is read.
    bodyLimit: BODY_LIMIT,
  };
  const description =
    'Rå PDF-fil som body (fx Content-Type application/pdf), højst 10 MB. Filen skal begynde med %PDF-; navn og Content-Type afgør intet.';

  app.post(
    '',
    {
      ...upload,
      schema: {
        operationId: 'uploadPlanDocument',
        tags,
        description,
        querystring: UploadQuery,
        response: { 200: UploadResult, 201: UploadResult, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const result = await uploadDocument(db, contextOf(request), request.query, request.body);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );

  app.post(
    '/:id/versions',
    {
      ...upload,
      schema: {
        operationId: 'uploadPlanDocumentVersion',
        tags,
        description,
        params: DocumentParams,
        querystring: VersionUploadQuery,
        response: { 200: UploadResult, 201: UploadResult, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const { params, query, body } = request;
      const result = await uploadVersion(db, contextOf(request), params.id, query.fileName, body);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );
};
