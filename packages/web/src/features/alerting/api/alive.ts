import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type ChannelState = 'ok' | 'failing' | 'idle' | 'not_configured';
export type ChannelStatus = {
  channel: 'email' | 'sms';
  state: ChannelState;
  lastOkAt: string | null;
  lastFailureAt: string | null;
  lastFailureReason: string | null;
  queued: number;
  oldestQueuedAt: string | null;
  oldestQueuedSeconds: number | null;
};
export type AlertingStatus = {
  healthy: boolean;
  channels: ChannelStatus[];
  worker: { isRunning: boolean; lastRunAt: string | null };
  testAlert: {
    nextAt: string;
    last: {
      sentAt: string;
      state: 'acknowledged' | 'waiting' | 'missed' | 'no_chief';
      chiefName: string | null;
      acknowledgedAt: string | null;
      leaderToldAt: string | null;
    } | null;
  };
  sspLeaders: string[];
  rotaGapHours: number;
};
export type GapRange = { startsAt: string; endsAt: string; kind: 'no_chief' | 'no_deputy'; hours: number };

/** The overview's channel state; refreshed every minute, so a silent failure shows without a reload. */
export function useAlertingStatus(enabled: boolean) {
  return useQuery({
    queryKey: ['alerting', 'status'],
    queryFn: ({ signal }) => api.get<AlertingStatus>('/api/v1/alerting/status', undefined, signal),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useRotaGaps() {
  return useQuery({
    queryKey: ['alerting', 'rota-gaps'],
    queryFn: ({ signal }) =>
      api.get<{ ranges: GapRange[] }>('/api/v1/alerting/rota-gaps', undefined, signal).then((r) => r.ranges),
  });
}
