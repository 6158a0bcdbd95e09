import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import { LetterBody, TemplateBody } from '../contract/requests.ts';
import { Binary, LetterPreview, LetterSent, TemplateView } from '../contract/views.ts';
import {
  letterAsPdf,
  previewLetter,
  saveTemplate,
  sendLetter,
  templateView,
} from '../service/send-letter.ts';

const errors = errorResponses(400, 401, 403, 404, 409, 502);
const tags = ['Genhusning'];
const LetterParams = z.strictObject({ id: z.uuid(), offerId: z.uuid() });

/** Offer letters from the plan's editable template: preview, PDF, e-mail through SMTP, or print. */
export const letterRoutes: FastifyPluginAsyncZod<{ db: Db; mailer: Mailer }> = async (
  app,
  { db, mailer },
) => {
  app.get(
    '/letter-template',
    {
      config: { access: 'rehousing.read' },
      schema: { operationId: 'getLetterTemplate', tags, response: { 200: TemplateView, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return templateView(db, ctx, mailer);
    },
  );

  app.put(
    '/letter-template',
    {
      config: { access: 'rehousing.manage' },
      schema: {
        operationId: 'setLetterTemplate',
        tags,
        body: TemplateBody,
        response: { 200: TemplateView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return saveTemplate(db, ctx, mailer, request.body);
    },
  );

  app.get(
    '/households/:id/letters/:offerId',
    {
      config: { access: 'rehousing.read' },
      schema: {
        operationId: 'previewLetter',
        tags,
        params: LetterParams,
        response: { 200: LetterPreview, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return previewLetter(db, ctx, request.params.id, request.params.offerId);
    },
  );

  app.get(
    '/households/:id/letters/:offerId/pdf',
    {
      config: { access: 'rehousing.read' },
      schema: {
        operationId: 'getLetterPdf',
        tags,
        params: LetterParams,
        response: { 200: Binary, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const pdf = await letterAsPdf(db, ctx, request.params.id, request.params.offerId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="boligtilbud.pdf"')
        .send(pdf);
    },
  );

  app.post(
    '/households/:id/letters',
    {
      config: { access: 'rehousing.edit' },
      schema: {
        operationId: 'sendLetter',
        tags,
        params: z.strictObject({ id: z.uuid() }),
        body: LetterBody,
        response: { 201: LetterSent, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(await sendLetter(db, ctx, mailer, request.params.id, request.body));
    },
  );
};
