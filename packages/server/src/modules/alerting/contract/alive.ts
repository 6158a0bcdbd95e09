import { z } from 'zod';

// The API shapes of the alive checks: the overview's status, the rota gaps and the public health.

const timestamp = z.iso.datetime({ offset: true });
export const CHANNEL_STATES = ['ok', 'failing', 'idle', 'not_configured'] as const;
export const GAP_KINDS = ['no_chief', 'no_deputy'] as const;
export const TEST_ALERT_STATES = ['acknowledged', 'waiting', 'missed', 'no_chief'] as const;

export const ChannelStatus = z.object({
  channel: z.enum(['email', 'sms']),
  state: z.enum(CHANNEL_STATES),
  lastOkAt: timestamp.nullable(),
  lastFailureAt: timestamp.nullable(),
  lastFailureReason: z.string().nullable(),
  failingSince: timestamp.nullable(),
  queued: z.number().int(),
  oldestQueuedAt: timestamp.nullable(),
  oldestQueuedSeconds: z.number().int().nullable(),
});

export const AlertingStatus = z.object({
  healthy: z.boolean(),
  channels: z.array(ChannelStatus),
  worker: z.object({ isRunning: z.boolean(), lastRunAt: timestamp.nullable() }),
  testAlert: z.object({
    intervalDays: z.number(),
    nextAt: timestamp,
    last: z
      .object({
        sentAt: timestamp,
        state: z.enum(TEST_ALERT_STATES),
        chiefName: z.string().nullable(),
        acknowledgedAt: timestamp.nullable(),
        leaderToldAt: timestamp.nullable(),
      })
      .nullable(),
  }),
  sspLeaders: z.array(z.string()),
  rotaGapHours: z.number().int(),
});

export const RotaGapsView = z.object({
  from: timestamp,
  to: timestamp,
  hours: z.array(z.object({ startsAt: timestamp, kind: z.enum(GAP_KINDS) })),
  ranges: z.array(
    z.object({ startsAt: timestamp, endsAt: timestamp, kind: z.enum(GAP_KINDS), hours: z.number().int() }),
  ),
});

/** Public: states, ages and counts only; no names, addresses or error texts. */
const PublicChannel = z.object({
  state: z.enum(CHANNEL_STATES),
  failingForSeconds: z.number().int().nullable(),
  queued: z.number().int(),
  oldestQueuedSeconds: z.number().int().nullable(),
});
export const AlertingHealth = z.object({
  status: z.enum(['ok', 'failing']),
  worker: z.object({ ok: z.boolean(), secondsSinceLastRun: z.number().nullable() }),
  email: PublicChannel,
  sms: PublicChannel,
});
