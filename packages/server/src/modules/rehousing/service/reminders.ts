import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import { claimReminder, listDueOffers } from '../queries/reminders.ts';
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

/**
 * Sends each due reminder once. The reminder row is inserted first in the same transaction as the
 * send: a second process (or a second run) finds the row and skips; a failed send rolls the row
 * back so the next run tries again. Returns how many reminders went out.
 */
export async function runDueReminders(
  db: Db,
  mailer: Mailer,
  settings: ReminderSettings,
  today: string,
): Promise<number> {
  if (!mailer.isConfigured) return 0;
  let sent = 0;
  for (const offer of await listDueOffers(db, today, settings.daysBefore)) {
    const claimed = await withTransaction(
      db,
      systemActor('genhusning-påmindelse', offer.plan_id),
      async (trx) => {
        const row = await claimReminder(trx, {
          offer_event_id: offer.id,
          plan_id: offer.plan_id,
          user_id: offer.user_id,
        });
        if (!row) return false;
        const values = {
          husstand: offer.contact_name ?? '',
          etape: offer.phase_name,
          organisation: offer.organisation ?? '',
          svarfrist: danishDate(offer.answer_deadline ?? today),
          link: `${settings.publicUrl}/genhusning/husstande/${offer.household_id}`,
        };
        await mailer.send({
          to: offer.email,
          toName: offer.display_name,
          subject: fill(t.reminderSubject, values),
          text: fill(t.reminderText, values),
          messageId: `rehousing-reminder-${offer.id}`,
        });
        return true;
      },
    ).catch(() => false);
    if (claimed) sent += 1;
  }
  return sent;
}

/** The periodic job of this process: looks for due reminders every pollIntervalMs. */
export class ReminderWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly settings: ReminderSettings,
    private readonly today: () => string,
  ) {}

  start(): void {
    const tick = () => {
      this.running = runDueReminders(this.db, this.mailer, this.settings, this.today()).catch(() => 0);
    };
    tick();
    this.timer = setInterval(tick, this.settings.pollIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
