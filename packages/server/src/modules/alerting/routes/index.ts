import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { LiveStreams } from '../../../platform/auth/live-streams.ts';
import type { Db } from '../../../platform/db/database.ts';
import { createMailer } from '../../../platform/mail/index.ts';
import { seedAlertingForPlan } from '../seed/load.ts';
import { type AlertingConfig, alertingConfigFromEnv } from '../service/config.ts';
import { createSmsProvider } from '../service/delivery/sms.ts';
import { AlertWorker } from '../service/worker.ts';
import { ackRoutes } from './ack.ts';
import { aliveRoutes } from './alive.ts';
import { contactRoutes } from './contacts.ts';
import { incidentStepRoutes } from './incident-steps.ts';
import { incidentRoutes } from './incidents.ts';
import { smsInboundRoutes } from './sms-inbound.ts';

/**
 * The beredskab module: its routes, the pooled mailer and SMS provider, and the one job worker of
 * this process (started when the app is ready, stopped before it closes).
 */
export const alertingRoutes: FastifyPluginAsyncZod<{
  db: Db;
  liveStreams: LiveStreams;
  config?: AlertingConfig;
}> = async (app, options) => {
  const { db, liveStreams } = options;
  const config = options.config ?? alertingConfigFromEnv();
  const mailer = createMailer(config);
  const sms = createSmsProvider(config);
  const worker = config.runWorker ? new AlertWorker(db, config, mailer, sms, app.log) : null;
  const seeded = new Set<string>();

  // The plan's organisations and secret exist before anything in the module is used.
  app.addHook('preHandler', async (request) => {
    const planId = request.actor?.plan.id;
    if (!planId || seeded.has(planId)) return;
    await seedAlertingForPlan(db, planId);
    seeded.add(planId);
  });
  app.addHook('onReady', async () => {
    worker?.start();
  });
  app.addHook('onClose', async () => {
    await worker?.stop();
    mailer.close();
  });

  const channels = { smtp: mailer.isConfigured, sms: sms.isConfigured };
  await app.register(contactRoutes, { db, channels });
  await app.register(incidentRoutes, { db, config, worker, liveStreams });
  await app.register(incidentStepRoutes, { db, worker });
  await app.register(ackRoutes, { db, smtp: mailer.isConfigured, config });
  await app.register(smsInboundRoutes, { db, config });
  await app.register(aliveRoutes, {
    db,
    config,
    flags: { email: mailer.isConfigured, sms: sms.isConfigured },
  });
};
