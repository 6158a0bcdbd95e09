import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { AlertingHealth, AlertingStatus, ChannelStatus } from '../contract/alive.ts';
import {
  type ChannelStateRow,
  channelStates,
  findCheckTimes,
  findLatestTestAlert,
  lastBeat,
  listSspLeaders,
} from '../queries/alive.ts';
import { primaryContacts } from './alert-contacts.ts';
import type { AlertingConfig } from './config.ts';
import { computeRotaGaps } from './rota-report.ts';

export interface ChannelFlags {
  email: boolean;
  sms: boolean;
}

const seconds = (from: Date | null, now: Date) =>
  from ? Math.max(0, Math.floor((now.getTime() - from.getTime()) / 1000)) : null;

function stateOf(row: ChannelStateRow, isConfigured: boolean): z.infer<typeof ChannelStatus>['state'] {
  if (!isConfigured) return 'not_configured';
  if (row.last_failed_at && (!row.last_ok_at || row.last_failed_at > row.last_ok_at)) return 'failing';
  return row.last_ok_at ? 'ok' : 'idle';
}

/** The worker ran within two polling intervals (any process's worker: the heartbeat is in the database). */
async function workerState(db: Db, config: AlertingConfig) {
  const beat = await lastBeat(db);
  const age = beat.beat_at ? beat.now.getTime() - beat.beat_at.getTime() : null;
  return { lastRunAt: beat.beat_at, age, isRunning: age !== null && age <= 2 * config.pollIntervalMs };
}

/** The mail channel counts as down once every attempt has failed for longer than the threshold. */
function mailDown(row: ChannelStateRow | undefined, config: AlertingConfig): boolean {
  return Boolean(
    row?.failing_since && row.now.getTime() - row.failing_since.getTime() > config.mailFailingAfterMs,
  );
}

/** The Beredskab overview's status panel for one plan. */
export async function alertingStatus(
  db: Db,
  ctx: RequestContext,
  config: AlertingConfig,
  flags: ChannelFlags,
): Promise<z.infer<typeof AlertingStatus>> {
  const planId = ctx.actor.plan.id;
  const [rows, worker, times, test, leaders, gaps] = await Promise.all([
    channelStates(db, planId),
    workerState(db, config),
    findCheckTimes(db, planId),
    findLatestTestAlert(db, planId),
    listSspLeaders(db, planId),
    computeRotaGaps(db, planId),
  ]);
  const channels = rows.map((row) => ({
    channel: row.channel,
    state: stateOf(row, flags[row.channel]),
    lastOkAt: row.last_ok_at?.toISOString() ?? null,
    lastFailureAt: row.last_failed_at?.toISOString() ?? null,
    lastFailureReason: row.last_error,
    failingSince: row.failing_since?.toISOString() ?? null,
    queued: row.queued,
    oldestQueuedAt: row.oldest_queued_at?.toISOString() ?? null,
    oldestQueuedSeconds: seconds(row.oldest_queued_at, row.now),
  }));
  const email = rows.find((r) => r.channel === 'email');
  const testState = !test
    ? null
    : !test.full_name
      ? ('no_chief' as const)
      : test.acknowledged_at
        ? ('acknowledged' as const)
        : test.escalated_at
          ? ('missed' as const)
          : ('waiting' as const);
  return {
    healthy: worker.isRunning && !mailDown(email, config),
    channels,
    worker: { isRunning: worker.isRunning, lastRunAt: worker.lastRunAt?.toISOString() ?? null },
    testAlert: {
      intervalDays: config.testAlertIntervalMs / 86_400_000,
      nextAt: new Date(times.test_alert_last_at.getTime() + config.testAlertIntervalMs).toISOString(),
      last:
        test && testState
          ? {
              sentAt: test.created_at.toISOString(),
              state: testState,
              chiefName: test.full_name,
              acknowledgedAt: test.acknowledged_at?.toISOString() ?? null,
              leaderToldAt: test.leader_told_at?.toISOString() ?? null,
            }
          : null,
    },
    sspLeaders: primaryContacts(leaders).map((l) => l.full_name),
    rotaGapHours: gaps.hours.length,
  };
}

/** GET /api/health/alerting: all plans together, and nothing about any person. */
export async function alertingHealth(
  db: Db,
  config: AlertingConfig,
  flags: ChannelFlags,
): Promise<z.infer<typeof AlertingHealth>> {
  const [rows, worker] = await Promise.all([channelStates(db, null), workerState(db, config)]);
  const channel = (name: 'email' | 'sms') => {
    const row = rows.find((r) => r.channel === name);
    if (!row)
      return { state: 'idle' as const, failingForSeconds: null, queued: 0, oldestQueuedSeconds: null };
    return {
      state: stateOf(row, flags[name]),
      failingForSeconds: seconds(row.failing_since, row.now),
      queued: row.queued,
      oldestQueuedSeconds: seconds(row.oldest_queued_at, row.now),
    };
  };
  const isDown =
    !worker.isRunning ||
    mailDown(
      rows.find((r) => r.channel === 'email'),
      config,
    );
  return {
    status: isDown ? 'failing' : 'ok',
    worker: {
      ok: worker.isRunning,
      secondsSinceLastRun: worker.age === null ? null : Math.floor(worker.age / 1000),
    },
    email: channel('email'),
    sms: channel('sms'),
  };
}
