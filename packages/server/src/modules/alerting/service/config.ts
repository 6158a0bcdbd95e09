import { type MailSettings, mailSettingsFromEnv } from '../../../platform/mail/index.ts';

/**
 * How the alerting module reaches the outside world; read from the environment unless given. The
 * platform's mail settings (SMTP_URL …; with none, every e-mail stays in the outbox as not sent)
 * and publicUrl, the address people open the acknowledge links on.
 */
export interface AlertingConfig extends MailSettings {
  /** The HTTP SMS gateway; null keeps SMS in the outbox as not sent. */
  smsGatewayUrl: string | null;
  smsGatewayToken: string | null;
  /** Shared secret of the gateway's signed inbound webhook (SMS replies); null turns it off. */
  smsInboundSecret: string | null;
  /** How often the worker looks for due jobs when nothing nudges it. */
  pollIntervalMs: number;
  /** Set false to run the app without a worker (another process runs it). */
  runWorker: boolean;
  /** How long a claimed job stays with its worker; a job of a killed process is due again after it. */
  leaseSeconds: number;
  /** Time between two prøvealarmer to the on-call chief (HELHED_TEST_ALERT_INTERVAL_DAYS, 7). */
  testAlertIntervalMs: number;
  /** Time between two rota-gap reports to the SSP leader (HELHED_ROTA_REPORT_INTERVAL_DAYS, 7). */
  rotaReportIntervalMs: number;
  /** The health endpoint answers 503 once e-mail has failed for this long (15 minutes). */
  mailFailingAfterMs: number;
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

const DAY_MS = 86_400_000;

export function alertingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AlertingConfig {
  return {
    ...mailSettingsFromEnv(env, 'Helhed beredskab <beredskab@helhed.local>'),
    smsGatewayUrl: env.SMS_GATEWAY_URL || null,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || null,
    smsInboundSecret: env.SMS_INBOUND_SECRET || null,
    pollIntervalMs: Math.max(50, positiveInteger(env.HELHED_ALERT_POLL_MS, 1000)),
    runWorker: env.HELHED_ALERT_WORKER !== '0',
    leaseSeconds: Math.max(1, positiveInteger(env.HELHED_ALERT_LEASE_SECONDS, 120)),
    testAlertIntervalMs: positiveNumber(env.HELHED_TEST_ALERT_INTERVAL_DAYS, 7) * DAY_MS,
    rotaReportIntervalMs: positiveNumber(env.HELHED_ROTA_REPORT_INTERVAL_DAYS, 7) * DAY_MS,
    mailFailingAfterMs: positiveNumber(env.HELHED_HEALTH_MAIL_FAILING_SECONDS, 900) * 1000,
  };
}
