// The beredskab module's public face for other modules: its SMTP settings and pooled mailer, which
// genhusning's letters and reminders use. Everything else in the folder is the module's own.
export { type AlertingConfig, alertingConfigFromEnv } from './config.ts';
export { createMailer, type Mailer } from './delivery/mailer.ts';
