import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import { type AlertingConfig, alertingConfigFromEnv } from '../config.ts';
import { AlertingHealth, AlertingStatus, RotaGapsView } from '../contract-alive.ts';
import { alertingHealth, alertingStatus, type ChannelFlags } from '../service/alive-status.ts';
import { computeRotaGaps } from '../service/rota-report.ts';

const errors = { 401: ErrorResponse, 403: ErrorResponse };
const tags = ['Beredskab'];

/** The overview's status panel and Vagtplan's gaps (under /api/v1/alerting). */
export const aliveRoutes: FastifyPluginAsyncZod<{
  db: Db;
  config: AlertingConfig;
  flags: ChannelFlags;
}> = async (app, { db, config, flags }) => {
  app.get(
    '/status',
    {
      config: { access: 'alerting.outbox.read' },
      schema: { operationId: 'getAlertingStatus', tags, response: { 200: AlertingStatus, ...errors } },
    },
    async (request) => alertingStatus(db, requireActor(request).plan.id, config, flags),
  );

  app.get(
    '/rota-gaps',
    {
      config: { access: 'alerting.contacts.read' },
      schema: { operationId: 'listRotaGaps', tags, response: { 200: RotaGapsView, ...errors } },
    },
    async (request) => {
      const gaps = await computeRotaGaps(db, requireActor(request).plan.id);
      return {
        from: gaps.from.toISOString(),
        to: gaps.to.toISOString(),
        hours: gaps.hours.map((h) => ({ startsAt: h.startsAt.toISOString(), kind: h.kind })),
        ranges: gaps.ranges.map((r) => ({
          startsAt: r.startsAt.toISOString(),
          endsAt: r.endsAt.toISOString(),
          kind: r.kind,
          hours: r.hours,
        })),
      };
    },
  );
};

/**
 * GET /api/health/alerting for an external monitor: 503 when no worker has run for two polling
 * intervals or every e-mail attempt has failed for longer than the threshold; public, no personal data.
 */
export const alertingHealthRoutes: FastifyPluginAsyncZod<{ db: Db; config?: AlertingConfig }> = async (
  app,
  options,
) => {
  const { db } = options;
  const config = options.config ?? alertingConfigFromEnv();
  const flags: ChannelFlags = { email: Boolean(config.smtpUrl), sms: Boolean(config.smsGatewayUrl) };
  app.get(
    '/api/health/alerting',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getAlertingHealth',
        tags: ['Drift'],
        response: { 200: AlertingHealth, 503: AlertingHealth },
      },
    },
    async (_request, reply) => {
      const health = await alertingHealth(db, config, flags);
      // A monitor must see the state now, never a cached answer.
      reply.header('cache-control', 'no-store');
      return reply.status(health.status === 'ok' ? 200 : 503).send(health);
    },
  );
};
