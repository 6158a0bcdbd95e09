import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AlertingConfig, alertingHealthRoutes, alertingRoutes } from './modules/alerting/index.ts';
import { budgetDocuments, financeRoutes } from './modules/finance/index.ts';
import { type MilestonesOptions, milestonesRoutes } from './modules/milestones/index.ts';
import { planRoutes } from './modules/plan/index.ts';
import { planDocumentsRoutes } from './modules/plan-documents/index.ts';
import { programRoutes } from './modules/program/index.ts';
import { caseHandover, registrationRoutes } from './modules/registration/index.ts';
import {
  householdHandover,
  householdMergeStep,
  type RehousingOptions,
  rehousingRoutes,
} from './modules/rehousing/index.ts';
import { reportRoutes } from './modules/reports/index.ts';
import { registerAccessGate } from './platform/access/access-plugin.ts';
import { registerAuditTrail } from './platform/audit/audit-plugin.ts';
import { auditRoutes } from './platform/audit/routes.ts';
import {
  type LiveStreamSettings,
  LiveStreams,
  liveStreamSettingsFromEnv,
} from './platform/auth/live-streams.ts';
import { authRoutes } from './platform/auth/routes.ts';
import type { CookieSettings } from './platform/auth/session-cookie.ts';
import { registerSessionLoading } from './platform/auth/session-plugin.ts';
import type { Db } from './platform/db/database.ts';
import { federationRoutes } from './platform/federation/routes.ts';
import { groupMappingRoutes } from './platform/federation/routes-mapping.ts';
import { type FederationSettings, setUpFederation } from './platform/federation/setup.ts';
import { answerFrameworkError, registerErrorHandling } from './platform/http/error-handler.ts';
import { healthRoutes } from './platform/http/health.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { flushLogOnClose, loggerOptions, requestLogController } from './platform/http/request-log.ts';
import { ROUTER_OPTIONS, removeDotSegments } from './platform/http/request-path.ts';
import { registerTextGuard } from './platform/http/request-text.ts';
import { registerSecurity, trustProxySetting } from './platform/http/security.ts';
import { registerWebAssets } from './platform/http/web-assets.ts';
import { processingRecordRoutes } from './platform/retention/processing-routes.ts';
import { startRetentionSchedule } from './platform/retention/run.ts';
import { userRoutes } from './platform/users/routes.ts';
import { userLifecycleRoutes } from './platform/users/routes-lifecycle.ts';
import { RETENTION_RULES } from './retention.ts';

// Validation messages in Danish for every schema.
z.config(z.locales.da());

export interface AppOptions {
  db: Db;
  cookies?: CookieSettings;
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  webDist?: string;
  /** Mail, SMS and worker settings of the beredskab module; read from the environment when absent. */
  alerting?: AlertingConfig;
  /** Genhusning's answer-deadline reminders (days before, poll interval, run or not). */
  rehousing?: RehousingOptions['reminders'];
  /** The milepælsplan's reminders a week before a milestone's date (poll interval, run or not). */
  milestones?: MilestonesOptions['reminders'];
  /** The reverse proxy to trust for X-Forwarded-For (else HELHED_TRUST_PROXY; default none). */
  trustProxy?: string;
  /** Else HELHED_PUBLIC_URL; https sends Strict-Transport-Security. */
  publicUrl?: string;
  /** How often open live streams re-check their session (else HELHED_STREAM_RECHECK_SECONDS, 30 s). */
  liveStreams?: LiveStreamSettings;
  /** Sign-in through the organisation's login and the password policy; else HELHED_OIDC_*, HELHED_LOCAL_SIGN_IN. */
  federation?: FederationSettings;
  /** Run the retention job at start and daily (default true; tests run it by hand, with their own clock). */
  retentionSchedule?: boolean;
}

/** Builds the whole app without listening: the kernel first, then every module, in order. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db } = options;
  const cookies = options.cookies ?? { secure: true };
  const app = Fastify({
    logger: loggerOptions(options.logger ?? false),
    logController: requestLogController(),
    trustProxy: trustProxySetting(options.trustProxy ?? process.env.HELHED_TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    // The gate keys on the matched route; these decide which spellings match it (decision 0019).
    routerOptions: ROUTER_OPTIONS,
    rewriteUrl: (request) => removeDotSegments(request.url ?? '/'),
    frameworkErrors: answerFrameworkError,
    // Request ids end up in the audit log and error messages: make them unique across restarts.
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandling(app);
  flushLogOnClose(app);
  await registerSecurity(app, { publicUrl: options.publicUrl ?? process.env.HELHED_PUBLIC_URL });
  await registerOpenApi(app);
  registerTextGuard(app);
  registerSessionLoading(app, db, cookies);
  registerAuditTrail(app, db);
  registerAccessGate(app);
  // Open live streams (server-sent events) follow their session; all end before the server closes.
  const liveStreams = new LiveStreams(db, options.liveStreams ?? liveStreamSettingsFromEnv(), app.log);
  app.addHook('preClose', async () => liveStreams.endAll());
  // Every module's retention rule, when the app is ready and then daily in this process.
  let stopRetention: (() => void) | null = null;
  app.addHook('onReady', async () => {
    if (options.retentionSchedule !== false)
      stopRetention = startRetentionSchedule(db, RETENTION_RULES, app.log);
  });
  app.addHook('onClose', async () => stopRetention?.());

  await app.register(healthRoutes, { db });
  await app.register(alertingHealthRoutes, { db, ...(options.alerting ? { config: options.alerting } : {}) });
  const publicUrl = options.publicUrl ?? process.env.HELHED_PUBLIC_URL;
  const { oidc, saml, configured, local } = await setUpFederation(db, options.federation ?? {}, publicUrl);
  await app.register(authRoutes, { prefix: '/api/v1/auth', db, cookies, liveStreams, local });
  await app.register(federationRoutes, { prefix: '/api/v1/auth', db, cookies, oidc, saml, local });
  await app.register(groupMappingRoutes, {
    prefix: '/api/v1/identity-mappings',
    db,
    configured,
  });
  await app.register(userRoutes, { prefix: '/api/v1/users', db, liveStreams });
  await app.register(userLifecycleRoutes, {
    prefix: '/api/v1/users',
    db,
    liveStreams,
    handover: { cases: caseHandover, households: householdHandover },
  });
  await app.register(auditRoutes, { prefix: '/api/v1/audit-events', db });
  await app.register(processingRecordRoutes, { prefix: '/api/v1' });
  await app.register(planRoutes, { prefix: '/api/v1/plan', db });
  await app.register(registrationRoutes, {
    prefix: '/api/v1',
    db,
    mergeSteps: { households: householdMergeStep },
  });
  await app.register(reportRoutes, {
    prefix: '/api/v1/reports',
    db,
    ...(options.alerting ? { mail: options.alerting } : {}),
  });
  await app.register(financeRoutes, { prefix: '/api/v1/finance', db });
  await app.register(rehousingRoutes, {
    prefix: '/api/v1/rehousing',
    db,
    ...(options.alerting ? { mail: options.alerting } : {}),
    ...(options.rehousing ? { reminders: options.rehousing } : {}),
  });
  await app.register(alertingRoutes, {
    prefix: '/api/v1/alerting',
    db,
    liveStreams,
    ...(options.alerting ? { config: options.alerting } : {}),
  });

  await app.register(programRoutes, { prefix: '/api/v1', db });
  await app.register(milestonesRoutes, {
    prefix: '/api/v1/milestones',
    db,
    ...(options.alerting ? { mail: options.alerting } : {}),
    ...(options.milestones ? { reminders: options.milestones } : {}),
  });
  // The LBF set's budget comes from the finance module (as caseHandover is passed above).
  await app.register(planDocumentsRoutes, { prefix: '/api/v1', db, lbfSet: { budget: budgetDocuments } });

  await registerWebAssets(app, options.webDist);
  return app;
}
