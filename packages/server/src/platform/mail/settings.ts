/** How the app reaches its SMTP relay; shared by every module that sends mail (beredskab, genhusning). */
export interface SmtpSettings {
  /** smtp://user:pass@host:port or smtps://…; null sends nothing (the mailer says it is not set up). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Most messages per second through the pooled transporter; 0 means no limit. */
  smtpRatePerSecond: number;
  smtpMaxConnections: number;
}

export interface MailSettings extends SmtpSettings {
  /** The address people open the links in mails on (HELHED_PUBLIC_URL). */
  publicUrl: string;
}

function nonNegativeInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

/** SMTP_URL, SMTP_FROM (else `defaultFrom`), SMTP_RATE_PER_SECOND, SMTP_MAX_CONNECTIONS, HELHED_PUBLIC_URL. */
export function mailSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  defaultFrom = 'Helhed <helhed@helhed.local>',
): MailSettings {
  return {
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.SMTP_FROM || defaultFrom,
    smtpRatePerSecond: nonNegativeInteger(env.SMTP_RATE_PER_SECOND, 0),
    smtpMaxConnections: Math.max(1, nonNegativeInteger(env.SMTP_MAX_CONNECTIONS, 5)),
    publicUrl: (env.HELHED_PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, ''),
  };
}
