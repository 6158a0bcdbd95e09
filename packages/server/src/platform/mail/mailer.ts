import type { Transporter } from 'nodemailer';
import { sanitizeAddress, sanitizeDisplayName, sanitizeHeader } from './header.ts';
import type { SmtpSettings } from './settings.ts';

export interface OutgoingMail {
  to: string;
  toName: string;
  subject: string;
  text: string;
  /** Our id for the message, so that a receiving system can tell retries apart. */
  messageId: string;
  /** Files sent with the message (the genhusning offer letter as PDF). */
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

export interface Mailer {
  readonly isConfigured: boolean;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * One pooled SMTP transporter for the whole app; with no SMTP_URL it sends nothing. Nodemailer is
 * loaded with the first message, not at every start.
 */
export function createMailer(config: SmtpSettings): Mailer {
  if (!config.smtpUrl) {
    return {
      isConfigured: false,
      send: async () => {
        throw new Error('SMTP er ikke sat op');
      },
      close: () => undefined,
    };
  }
  const url = new URL(config.smtpUrl);
  // Message-IDs in the sender's domain: <varsel.<alert>.<stage>@domain> is the same on every retry.
  const idDomain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'helhed.local';
  const options = {
    pool: true,
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    maxConnections: config.smtpMaxConnections,
    maxMessages: 1000,
    ...(config.smtpRatePerSecond > 0 ? { rateDelta: 1000, rateLimit: config.smtpRatePerSecond } : {}),
    // A loopback or internal relay without TLS is allowed only when the URL says so explicitly.
    ignoreTLS: url.searchParams.get('tls') === 'off',
    tls: { rejectUnauthorized: url.searchParams.get('tls') !== 'insecure' },
    connectionTimeout: 10_000,
    socketTimeout: 30_000,
  };
  let transporter: Promise<Transporter> | undefined;
  const transport = () => {
    transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(options),
    );
    return transporter;
  };
  return {
    isConfigured: true,
    async send(mail) {
      const address = sanitizeAddress(mail.to);
      if (!address) throw new Error('Ugyldig modtageradresse');
      await (await transport()).sendMail({
        from: config.mailFrom,
        to: { name: sanitizeDisplayName(mail.toName), address },
        subject: sanitizeHeader(mail.subject),
        text: mail.text,
        messageId: `<${sanitizeHeader(mail.messageId, 100).replace(/[^a-zA-Z0-9._-]/g, '')}@${idDomain}>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
        ...(mail.attachments ? { attachments: mail.attachments } : {}),
      });
    },
    close: () => {
      void transporter?.then(
        (t) => t.close(),
        () => undefined,
      );
    },
  };
}
