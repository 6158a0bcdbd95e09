import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import type { JobLog } from '../../../platform/jobs/periodic-job.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import { claimReminder, listDueOffers, listExpiryNotices, type ReminderOffer } from '../queries/reminders.ts';
import { expireOverdueOffers } from './expiry.ts';
import { danishDate } from './letter.ts';

const t = da.rehousing.letter;

export interface ReminderSettings {
  /** Days before the answer deadline the responsible worker is reminded. */
  daysBefore: number;
  publicUrl: string;
  pollIntervalMs: number;
}

export function reminderSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  publicUrl: string,
): ReminderSettings {
  const days = Number(env.HELHED_REHOUSING_REMINDER_DAYS);
  const poll = Number(env.HELHED_REHOUSING_REMINDER_POLL_MS);
  return {
    daysBefore: Number.isInteger(days) && days >= 0 ? days : 3,
    publicUrl,
    pollIntervalMs: Number.isInteger(poll) && poll >= 50 ? poll : 3_600_000,
  };
}

/** Expiry notices go out for expiries of the last week only: a mail set up late sends no backlog. */
const NOTICE_WINDOW_MS = 7 * 86_400_000;

/**
 * Sends one mail about one offer to its household's responsible worker, once per kind. The reminder
 * row is inserted first in the same transaction as the send: a second process (or a second run)
 * finds the row and skips; a failed send rolls the row back so the next run tries again.
 */
async function sendOnce(
  db: Db,
  mailer: Mailer,
  settings: ReminderSettings,
  offer: ReminderOffer,
  kind: 'deadline' | 'expired',
  log?: JobLog,
): Promise<boolean> {
  return withTransaction(db, systemActor('genhusning-påmindelse', offer.plan_id), async (trx) => {
    const row = await claimReminder(trx, {
      offer_event_id: offer.id,
      kind,
      plan_id: offer.plan_id,
      user_id: offer.user_id,
    });
    if (!row) return false;
    const values = {
      husstand: offer.contact_name ?? '',
      etape: offer.phase_name,
      organisation: offer.organisation ?? '',
      svarfrist: offer.answer_deadline ? danishDate(offer.answer_deadline) : '',
      link: `${settings.publicUrl}/genhusning/husstande/${offer.household_id}`,
    };
    const deadline = kind === 'deadline';
    await mailer.send({
      to: offer.email,
      toName: offer.display_name,
      subject: fill(deadline ? t.reminderSubject : t.expiredSubject, values),
      text: fill(deadline ? t.reminderText : t.expiredText, values),
      messageId: `rehousing-${deadline ? 'reminder' : 'expired'}-${offer.id}`,
    });
    return true;
  }).catch((error: unknown) => {
    // One refused mail must not hold up the others; the row was rolled back, the next run retries.
    log?.error({ err: error, offerEventId: offer.id, kind }, 'rehousing reminder: send failed');
    return false;
  });
}

/**
 * Sends each due reminder once: "the deadline is near" for open offers, and "the offer expired" for
 * offers the expiry job closed. Returns how many mails went out.
 */
export async function runDueReminders(
  db: Db,
  mailer: Mailer,
  settings: ReminderSettings,
  today: string,
  now: Date = new Date(),
  log?: JobLog,
): Promise<number> {
  if (!mailer.isConfigured) return 0;
  let sent = 0;
  for (const offer of await listDueOffers(db, today, settings.daysBefore)) {
    if (await sendOnce(db, mailer, settings, offer, 'deadline', log)) sent += 1;
  }
  for (const offer of await listExpiryNotices(db, new Date(now.getTime() - NOTICE_WINDOW_MS))) {
    if (await sendOnce(db, mailer, settings, offer, 'expired', log)) sent += 1;
  }
  return sent;
}

/** One run of the job: offers past their deadline expire (mail or not), then the mails go out. */
export async function runRehousingJobs(
  db: Db,
  mailer: Mailer,
  settings: ReminderSettings,
  today: string,
  log?: JobLog,
): Promise<{ expired: number; sent: number }> {
  const expired = await expireOverdueOffers(db, today);
  const sent = await runDueReminders(db, mailer, settings, today, new Date(), log);
  return { expired, sent };
}
