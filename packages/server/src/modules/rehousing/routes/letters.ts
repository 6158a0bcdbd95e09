import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, contextOf, requireActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import type { Mailer } from '../../alerting/index.ts';
import { LetterBody, TemplateBody } from '../contract.ts';
import { Binary, LetterPreview, LetterSent, TemplateView } from '../contract-views.ts';
import { loadTemplate, PLACEHOLDERS } from '../service/letter.ts';
import { composeLetter, saveTemplate, sendLetter } from '../service/send-letter.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  502: ErrorResponse,
};
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
    async (request) => ({
      ...(await loadTemplate(db, requireActor(request).plan.id)),
      placeholders: [...PLACEHOLDERS],
      smtp: mailer.isConfigured,
    }),
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
      const planId = requireActor(request).plan.id;
      await saveTemplate(db, actorContextOf(request), planId, request.body);
      return {
        ...(await loadTemplate(db, planId)),
        placeholders: [...PLACEHOLDERS],
        smtp: mailer.isConfigured,
      };
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
      const letter = await composeLetter(
        db,
        requireActor(request),
        request.params.id,
        request.params.offerId,
      );
      contextOf(request).audit.read('rehousing_household', request.params.id, 'rehousingLetter');
      return { subject: letter.subject, body: letter.body, email: letter.email };
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
      const letter = await composeLetter(
        db,
        requireActor(request),
        request.params.id,
        request.params.offerId,
      );
      contextOf(request).audit.read('rehousing_household', request.params.id, 'rehousingLetter');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="boligtilbud.pdf"')
        .send(letter.pdf);
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
      const letter = await sendLetter(
        db,
        actorContextOf(request),
        requireActor(request),
        mailer,
        request.params.id,
        request.body,
      );
      contextOf(request).audit.read('rehousing_household', request.params.id, 'rehousingLetter');
      return reply
        .status(201)
        .send({ method: request.body.method, sentTo: request.body.method === 'email' ? letter.email : null });
    },
  );
};
