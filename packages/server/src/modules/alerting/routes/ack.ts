import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { OutboxListQuery, OutboxView } from '../contract/incidents.ts';
import { acknowledge, acknowledgeByCode, inspectAck } from '../service/acknowledge.ts';
import type { AlertingConfig } from '../service/config.ts';
import { outboxView } from '../service/incident-views.ts';
import { codePage, confirmPage, isCrossSite, resultPage } from './ack-pages.ts';

const STATUS = { pending: 200, ok: 200, used: 409, expired: 410, formExpired: 410, invalid: 400 } as const;
const html = 'text/html; charset=utf-8';
const pageResponses = { 200: z.string(), 400: z.string(), 403: z.string(), 409: z.string(), 410: z.string() };
const AckForm = z.object({ token: z.string().min(1).max(200), nonce: z.string().min(1).max(100) });
const CodeForm = z.object({ phone: z.string().max(40), code: z.string().max(40) });

/** A server-rendered page with its status. */
const sendPage = (reply: FastifyReply, status: number, page: string) =>
  reply.status(status).type(html).send(page);

export const ackRoutes: FastifyPluginAsyncZod<{ db: Db; smtp: boolean; config: AlertingConfig }> = async (
  app,
  { db, smtp, config },
) => {
  // The confirm forms post plain HTML forms; parsed here only, into a record of strings.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  // Public on purpose: the recipient is not signed in. The signed token is the credential.
  // Generous limits: during a crisis many recipients may share one office NAT.
  const linkLimit = { rateLimit: { max: 300, timeWindow: '1 minute' } };

  // Opening the link (GET, and HEAD, which Fastify answers from the same handler) changes nothing.
  app.get(
    '/ack/:token',
    {
      config: { access: 'public', ...linkLimit },
      schema: {
        operationId: 'getAcknowledgementForm',
        tags: ['Beredskab'],
        params: z.strictObject({ token: z.string().max(200) }),
        response: pageResponses,
      },
    },
    async (request, reply) => {
      const view = await inspectAck(db, request.params.token);
      // same-origin: the token in this URL never leaves for another site, and the form's POST still
      // carries a real Origin (with no-referrer, browsers send `Origin: null`).
      reply.header('x-robots-tag', 'noindex').header('referrer-policy', 'same-origin');
      return sendPage(reply, STATUS[view.status], confirmPage(view, request.params.token));
    },
  );

  // Only the form's POST acknowledges; the token travels in the body, never in this URL.
  app.post(
    '/ack',
    {
      config: { access: 'public', ...linkLimit },
      schema: { operationId: 'acknowledgeAlert', tags: ['Beredskab'], response: pageResponses },
    },
    async (request, reply) => {
      if (isCrossSite(request, config.publicUrl))
        return sendPage(reply, 403, resultPage({ status: 'crossSite' }));
      const form = AckForm.safeParse(request.body);
      if (!form.success) return sendPage(reply, 400, resultPage({ status: 'invalid' }));
      const result = await acknowledge(db, form.data);
      return sendPage(reply, STATUS[result.status], resultPage(result));
    },
  );

  // The fallback for an SMS alert: type the code and the phone number. Tight limit against guessing.
  app.get(
    '/kode',
    {
      config: { access: 'public', ...linkLimit },
      schema: { operationId: 'getCodeForm', tags: ['Beredskab'], response: pageResponses },
    },
    async (_request, reply) => reply.type(html).send(codePage()),
  );
  app.post(
    '/kode',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { operationId: 'acknowledgeWithCode', tags: ['Beredskab'], response: pageResponses },
    },
    async (request, reply) => {
      if (isCrossSite(request, config.publicUrl))
        return sendPage(reply, 403, codePage({ status: 'crossSite' }));
      const form = CodeForm.safeParse(request.body);
      if (!form.success || !form.data.phone.trim() || !form.data.code.trim()) {
        return sendPage(reply, 400, codePage({ status: 'missing' }));
      }
      const result = await acknowledgeByCode(db, form.data);
      return sendPage(reply, result.status === 'ok' ? 200 : 400, codePage(result));
    },
  );

  app.get(
    '/outbox',
    {
      config: { access: 'alerting.outbox.read' },
      schema: {
        operationId: 'listOutbox',
        tags: ['Beredskab'],
        querystring: OutboxListQuery,
        response: { 200: OutboxView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return outboxView(db, ctx, request.query, smtp);
    },
  );
};
