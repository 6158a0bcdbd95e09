import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/database.ts';
import { PeriodicJob } from '../../../platform/jobs/periodic-job.ts';
import { createMailer, type MailSettings, mailSettingsFromEnv } from '../../../platform/mail/index.ts';
import { today } from '../service/clock.ts';
import {
  type MilestoneReminderSettings,
  milestoneReminderSettingsFromEnv,
  runMilestoneReminders,
} from '../service/reminders.ts';
import { milestoneRoutes } from './milestones.ts';

export interface MilestonesOptions {
  db: Db;
  /** The platform's SMTP settings (SMTP_URL …), shared with beredskab; from the environment when absent. */
  mail?: MailSettings;
  reminders?: Partial<MilestoneReminderSettings> & { run?: boolean };
}

/**
 * The milepælsplan and its reminders: the responsible person is e-mailed a week before a milestone's
 * date, through the platform's pooled SMTP mailer (sender MILESTONES_MAIL_FROM), by a job in this
 * process that runs as genhusning's reminder job does.
 */
export const milestonesRoutes: FastifyPluginAsyncZod<MilestonesOptions> = async (app, options) => {
  const { db } = options;
  const config = options.mail ?? mailSettingsFromEnv();
  const mailer = createMailer({
    ...config,
    mailFrom: process.env.MILESTONES_MAIL_FROM || 'Helhed milepæle <milepaele@helhed.local>',
  });
  const settings = {
    ...milestoneReminderSettingsFromEnv(process.env, config.publicUrl),
    ...options.reminders,
  };
  const worker =
    options.reminders?.run === false
      ? null
      : new PeriodicJob(
          'milestone reminders',
          settings.pollIntervalMs,
          () => runMilestoneReminders(db, mailer, settings, today(), app.log),
          app.log,
        );
  app.addHook('onReady', async () => worker?.start());
  app.addHook('onClose', async () => {
    await worker?.stop();
    mailer.close();
  });
  await app.register(milestoneRoutes, { db });
};
