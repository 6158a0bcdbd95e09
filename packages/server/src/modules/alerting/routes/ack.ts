import { da, fill, formatDateTime } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../../platform/access/request-context.ts';
import { ErrorResponse } from '../../../platform/auth/contract.ts';
import type { Db } from '../../../platform/db/database.ts';
import { OutboxView } from '../contract.ts';
import { listOutbox } from '../queries/outbox.ts';
import { type AckResult, acknowledge } from '../service/acknowledge.ts';

const STATUS: Record<AckResult['status'], 200 | 400 | 409 | 410> = {
  ok: 200,
  used: 409,
  expired: 410,
  invalid: 400,
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A page of its own (no script, no style), readable on any phone that opens the link. */
function ackPage(result: AckResult): string {
  const t = da.alerting.ack;
  const lines =
    result.status === 'ok'
      ? [
          fill(t.ok, { name: result.name, at: formatDateTime(result.at) }),
          fill(t.okIncident, { category: result.category, location: result.location }),
        ]
      : result.status === 'used'
        ? [fill(t.used, { at: formatDateTime(result.at) })]
        : [result.status === 'expired' ? t.expired : t.invalid];
  const body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(t.title)} – ${escapeHtml(da.app.name)}</title></head>
<body><main><h1>${escapeHtml(t.title)}</h1>
${body}
</main></body></html>`;
}

export const ackRoutes: FastifyPluginAsyncZod<{ db: Db; smtp: boolean }> = async (app, { db, smtp }) => {
  // Public on purpose: the recipient is not signed in. The signed token is the credential.
  app.get(
    '/ack/:token',
    {
      // Generous: during a crisis many recipients may share one office NAT; guessing a 160-bit HMAC is not the risk.
      config: { access: 'public', rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: {
        tags: ['Beredskab'],
        params: z.strictObject({ token: z.string().max(200) }),
        response: { 200: z.string(), 400: z.string(), 409: z.string(), 410: z.string() },
      },
    },
    async (request, reply) => {
      const result = await acknowledge(db, request.params.token);
      return reply.status(STATUS[result.status]).type('text/html; charset=utf-8').send(ackPage(result));
    },
  );

  app.get(
    '/outbox',
    {
      config: { access: 'alerting.outbox.read' },
      schema: {
        tags: ['Beredskab'],
        response: { 200: OutboxView, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const rows = await listOutbox(db, requireActor(request).plan.id);
      if (rows.length > 0) {
        request.auditTrail.push({
          action: 'read',
          entityType: 'outbound_message',
          entityId: null,
          purpose: 'udbakke',
          details: `${rows.length}`,
        });
      }
      return {
        smtpConfigured: smtp,
        messages: rows.map((m) => ({
          id: m.id,
          incidentId: m.incident_id,
          channel: m.channel as 'email' | 'sms',
          recipient: m.recipient,
          subject: m.subject,
          body: m.body,
          status: m.status as 'queued' | 'sent' | 'not_sent' | 'failed',
          lastError: m.last_error,
          sentAt: m.sent_at?.toISOString() ?? null,
          createdAt: m.created_at.toISOString(),
        })),
      };
    },
  );
};
