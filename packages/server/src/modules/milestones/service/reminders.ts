import { da, fill, formatLongDate } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import type { JobLog } from '../../../platform/jobs/periodic-job.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import { claimMilestoneReminder, type DueMilestone, listDueMilestones } from '../queries/reminders.ts';

const t = da.milestones.reminder;

export interface MilestoneReminderSettings {
  /** Days before a milestone's date its responsible person is reminded (the week). */
  daysBefore: number;
  publicUrl: string;
  pollIntervalMs: number;
}

export function milestoneReminderSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  publicUrl: string,
): MilestoneReminderSettings {
  const poll = Number(env.HELHED_MILESTONE_REMINDER_POLL_MS);
  return {
    daysBefore: 7,
    publicUrl,
    pollIntervalMs: Number.isInteger(poll) && poll >= 50 ? poll : 3_600_000,
  };
}

/**
 * Sends one reminder about one milestone's date, once. As genhusning's reminders do, the reminder
 * row is claimed first in the same transaction as the send: a second process (or run) finds the row
 * and skips; a failed send rolls the row back, so the next run tries again.
 */
async function sendOnce(
  db: Db,
  mailer: Mailer,
  settings: MilestoneReminderSettings,
  milestone: DueMilestone,
  log?: JobLog,
): Promise<boolean> {
  return withTransaction(db, systemActor('milepæl-påmindelse', milestone.plan_id), async (trx) => {
    const claimed = await claimMilestoneReminder(trx, {
      plan_id: milestone.plan_id,
      milestone_id: milestone.id,
      due_on: milestone.due_on,
      user_id: milestone.user_id,
    });
    if (!claimed) return false;
    const values = {
      tekst: milestone.text,
      dato: formatLongDate(milestone.due_on),
      delaftale: milestone.sub_agreement_name,
      aktivitet: milestone.activity_name ? fill(t.activity, { aktivitet: milestone.activity_name }) : '',
      link: `${settings.publicUrl}/plan/milepaele`,
    };
    await mailer.send({
      to: milestone.email,
      toName: milestone.display_name,
      subject: fill(t.subject, values),
      text: fill(t.text, values),
      messageId: `milestone-reminder-${milestone.id}-${milestone.due_on}`,
    });
    return true;
  }).catch((error: unknown) => {
    // One refused mail must not hold up the others; the row was rolled back, the next run retries.
    log?.error({ err: error, milestoneId: milestone.id }, 'milestone reminder: send failed');
    return false;
  });
}

/** Sends every due reminder once; returns how many mails went out. Without SMTP it sends none. */
export async function runMilestoneReminders(
  db: Db,
  mailer: Mailer,
  settings: MilestoneReminderSettings,
  today: string,
  log?: JobLog,
): Promise<number> {
  if (!mailer.isConfigured) return 0;
  let sent = 0;
  for (const milestone of await listDueMilestones(db, today, settings.daysBefore)) {
    if (await sendOnce(db, mailer, settings, milestone, log)) sent += 1;
  }
  return sent;
}
