import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { AlertingHealth, AlertingStatus, RotaGapsView } from '../contract/alive.ts';
import { alertingHealth, alertingStatus, type ChannelFlags } from '../service/alive-status.ts';
import { type AlertingConfig, alertingConfigFromEnv } from '../service/config.ts';
import { rotaGapsView } from '../service/rota-report.ts';

const errors = errorResponses(401, 403);
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
    async (request) => {
      const ctx = contextOf(request);
      return alertingStatus(db, ctx, config, flags);
    },
  );

  app.get(
    '/rota-gaps',
    {
      config: { access: 'alerting.contacts.read' },
      schema: { operationId: 'listRotaGaps', tags, response: { 200: RotaGapsView, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return rotaGapsView(db, ctx);
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
