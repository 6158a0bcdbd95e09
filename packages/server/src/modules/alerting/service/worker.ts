import type { Db } from '../../../platform/db/database.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import { recordBeat, removeBeat } from '../queries/alive.ts';
import {
  type ClaimedJob,
  claimDueJobs,
  completeDelivery,
  finishJob,
  retryJobLater,
} from '../queries/outbox.ts';
import type { AlertingConfig } from './config.ts';
import type { SmsProvider } from './delivery/sms.ts';
import { escalateAlert } from './escalate.ts';
import { runWeeklyChecks } from './weekly-checks.ts';

const BATCH = 50;
const MAX_ATTEMPTS = 5;
/** A message the relay keeps refusing for a day is marked failed; until then it is retried. */
const GIVE_UP_AFTER_MS = 86_400_000;
const MAX_RETRY_SECONDS = 300;

/** Where the worker reports what failed: the app's logger. */
export interface WorkerLog {
  error(details: object, message: string): void;
}

/** A refusal that a retry cannot fix: a bad address, or an SMTP 5xx answer. */
export function isPermanent(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { responseCode?: unknown }).responseCode;
  return (typeof code === 'number' && code >= 500) || error.message === 'Ugyldig modtageradresse';
}

/** The Message-ID of an alert is its alert and step, so that a resent copy is the same message. */
export function messageIdOf(job: Pick<ClaimedJob, 'message_id' | 'message_alert_id' | 'stage' | 'channel'>) {
  return job.message_alert_id
    ? `varsel.${job.message_alert_id}.${job.stage ?? 'trin'}`
    : `besked.${job.message_id ?? ''}`;
}

/**
 * The one worker of a server process: claims due jobs from alert_job and runs them. Jobs are rows,
 * not timers in memory, so escalations survive a restart and run in whichever process is up.
 */
export class AlertWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private lastWeeklyCheck = 0;
  readonly workerId = crypto.randomUUID();

  constructor(
    private readonly db: Db,
    private readonly config: AlertingConfig,
    private readonly mailer: Mailer,
    private readonly sms: SmsProvider,
    private readonly log: WorkerLog,
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
    await removeBeat(this.db, this.workerId).catch(() => undefined);
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
      await this.weeklyChecks();
      for (;;) {
        // The heartbeat before every batch: GET /api/health/alerting reads it.
        await recordBeat(this.db, this.workerId);
        const jobs = await claimDueJobs(this.db, BATCH, this.config.leaseSeconds);
        await Promise.all(jobs.map((job) => this.run(job)));
        if (jobs.length < BATCH || this.stopped) return;
      }
    } catch (error) {
      this.log.error({ err: error }, 'alert worker: poll failed');
    }
  }

  /** The prøvealarm and the rota report; a failure here never keeps the worker from delivering. */
  private async weeklyChecks(): Promise<void> {
    if (Date.now() - this.lastWeeklyCheck < this.config.pollIntervalMs) return;
    this.lastWeeklyCheck = Date.now();
    try {
      if (await runWeeklyChecks(this.db, this.config)) this.again = true;
    } catch (error) {
      this.log.error({ err: error }, 'alert worker: weekly checks failed');
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
            messageId: messageIdOf(job),
          });
        } else {
          await this.sms.send(job.recipient ?? '', job.body ?? '');
        }
        status = 'sent';
      } catch (cause) {
        error = cause instanceof Error ? cause.message.slice(0, 500) : String(cause);
        // Never given up on quickly: an outage of the relay delays alerts, it does not drop them.
        const age = Date.now() - (job.message_created_at?.getTime() ?? Date.now());
        status = isPermanent(cause) || age > GIVE_UP_AFTER_MS ? 'failed' : 'queued';
      }
    }
    // No audit trigger fires on a status change, so one statement (no transaction wrapper) suffices.
    await completeDelivery(this.db, {
      jobId: job.id,
      messageId,
      status,
      error,
      retryInSeconds: Math.min(MAX_RETRY_SECONDS, 10 * job.attempts),
    });
  }
}
