import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import type { AlertingConfig } from '../config.ts';
import type { Mailer } from '../delivery/mailer.ts';
import type { SmsProvider } from '../delivery/sms.ts';
import {
  type ClaimedJob,
  claimDueJobs,
  completeDelivery,
  finishJob,
  retryJobLater,
} from '../queries/outbox.ts';
import { escalateAlert } from './escalate.ts';

const BATCH = 50;
const LEASE_SECONDS = 120;
const MAX_ATTEMPTS = 5;

/**
 * The one worker of a server process: claims due jobs from alert_job and runs them. Jobs are rows,
 * not timers in memory, so escalations survive a restart and run in whichever process is up.
 */
export class AlertWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly config: AlertingConfig,
    private readonly mailer: Mailer,
    private readonly sms: SmsProvider,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Something was queued: look now instead of at the next poll. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick().finally(() => {
        this.running = null;
        const more = this.again;
        this.again = false;
        this.schedule(more ? 0 : this.config.pollIntervalMs);
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      for (;;) {
        const jobs = await claimDueJobs(this.db, BATCH, LEASE_SECONDS);
        await Promise.all(jobs.map((job) => this.run(job)));
        if (jobs.length < BATCH || this.stopped) return;
      }
    } catch (error) {
      this.log.error({ err: error }, 'alert worker: poll failed');
    }
  }

  private async run(job: ClaimedJob): Promise<void> {
    try {
      if (job.kind === 'escalate' && job.alert_id) {
        await escalateAlert(this.db, job.alert_id, this.config.publicUrl);
        await finishJob(this.db, job.id);
        this.again = true;
      } else if (job.kind === 'deliver' && job.message_id) {
        await this.deliver(job);
      }
    } catch (error) {
      this.log.error({ err: error, jobId: job.id }, 'alert worker: job failed');
      if (job.attempts >= MAX_ATTEMPTS) await finishJob(this.db, job.id).catch(() => undefined);
      else await retryJobLater(this.db, job.id, 10 * job.attempts).catch(() => undefined);
    }
  }

  private async deliver(job: ClaimedJob): Promise<void> {
    const messageId = job.message_id as string;
    if (job.status !== 'queued') {
      await finishJob(this.db, job.id);
      return;
    }
    const isEmail = job.channel === 'email';
    const isConfigured = isEmail ? this.mailer.isConfigured : this.sms.isConfigured;
    let status: 'sent' | 'not_sent' | 'failed' | 'queued' = 'not_sent';
    let error: string | null = null;
    if (isConfigured) {
      try {
        if (isEmail) {
          await this.mailer.send({
            to: job.recipient ?? '',
            toName: job.full_name ?? '',
            subject: job.subject ?? '',
            text: job.body ?? '',
            messageId,
          });
        } else {
          await this.sms.send(job.recipient ?? '', job.body ?? '');
        }
        status = 'sent';
      } catch (cause) {
        error = cause instanceof Error ? cause.message.slice(0, 500) : String(cause);
        status = job.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued';
      }
    }
    // No audit trigger fires on a status change, so one statement (no transaction wrapper) suffices.
    await completeDelivery(this.db, {
      jobId: job.id,
      messageId,
      status,
      error,
      retryInSeconds: 10 * job.attempts,
    });
  }
}
