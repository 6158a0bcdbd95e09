/** How the alerting module reaches the outside world; read from the environment unless given. */
export interface AlertingConfig {
  /** smtp://user:pass@host:port or smtps://…; null keeps every e-mail in the outbox as not sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Most messages per second through the pooled transporter; 0 means no limit. */
  smtpRatePerSecond: number;
  smtpMaxConnections: number;
  /** The HTTP SMS gateway; null keeps SMS in the outbox as not sent. */
  smsGatewayUrl: string | null;
  smsGatewayToken: string | null;
  /** The address people open the acknowledge links on. */
  publicUrl: string;
  /** How often the worker looks for due jobs when nothing nudges it. */
  pollIntervalMs: number;
  /** Set false to run the app without a worker (another process runs it). */
  runWorker: boolean;
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

export function alertingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AlertingConfig {
  return {
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.SMTP_FROM || 'Helhed beredskab <beredskab@helhed.local>',
    smtpRatePerSecond: positiveInteger(env.SMTP_RATE_PER_SECOND, 0),
    smtpMaxConnections: Math.max(1, positiveInteger(env.SMTP_MAX_CONNECTIONS, 5)),
    smsGatewayUrl: env.SMS_GATEWAY_URL || null,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || null,
    publicUrl: (env.HELHED_PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, ''),
    pollIntervalMs: Math.max(50, positiveInteger(env.HELHED_ALERT_POLL_MS, 1000)),
    runWorker: env.HELHED_ALERT_WORKER !== '0',
  };
}
