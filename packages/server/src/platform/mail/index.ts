// The platform's mail: one pooled SMTP transporter per sender, its settings from the environment,
// and the header sanitising every outgoing message goes through.
export { sanitizeAddress, sanitizeDisplayName, sanitizeHeader } from './header.ts';
export { createMailer, type Mailer, type OutgoingMail } from './mailer.ts';
export { type MailSettings, mailSettingsFromEnv, type SmtpSettings } from './settings.ts';
