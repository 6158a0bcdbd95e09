import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/database.ts';
import { PeriodicJob } from '../../../platform/jobs/periodic-job.ts';
import { createMailer, type MailSettings, mailSettingsFromEnv } from '../../../platform/mail/index.ts';
import { today } from '../service/clock.ts';
import { type ReminderSettings, reminderSettingsFromEnv, runRehousingJobs } from '../service/reminders.ts';
import { householdRoutes } from './households.ts';
import { importRoutes } from './import.ts';
import { letterRoutes } from './letters.ts';
import { statusRoutes } from './status.ts';

export interface RehousingOptions {
  db: Db;
  /** The platform's SMTP settings (SMTP_URL …), shared with beredskab; from the environment when absent. */
  mail?: MailSettings;
  reminders?: Partial<ReminderSettings> & { run?: boolean };
}

/**
 * Genhusning: phases, households and their event history, the status table, offer letters and the
 * brobygger's follow-up. Letters and reminders go through the platform's pooled SMTP mailer, with
 * the genhusning sender (REHOUSING_MAIL_FROM); the reminder job runs in this process.
 */
export const rehousingRoutes: FastifyPluginAsyncZod<RehousingOptions> = async (app, options) => {
  const { db } = options;
  const config = options.mail ?? mailSettingsFromEnv();
  const mailer = createMailer({
    ...config,
    mailFrom: process.env.REHOUSING_MAIL_FROM || 'Helhed genhusning <genhusning@helhed.local>',
  });
  const settings = { ...reminderSettingsFromEnv(process.env, config.publicUrl), ...options.reminders };
  const worker =
    options.reminders?.run === false
      ? null
      : new PeriodicJob(
          'rehousing reminders',
          settings.pollIntervalMs,
          () => runRehousingJobs(db, mailer, settings, today(), app.log),
          app.log,
        );
  app.addHook('onReady', async () => worker?.start());
  app.addHook('onClose', async () => {
    await worker?.stop();
    mailer.close();
  });
  await app.register(statusRoutes, { db });
  await app.register(householdRoutes, { db });
  await app.register(letterRoutes, { db, mailer });
  await app.register(importRoutes, { db });
};
