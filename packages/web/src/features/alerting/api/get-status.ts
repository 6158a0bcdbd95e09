import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AlertingStatus } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export type { AlertingStatus, ChannelState, ChannelStatus } from '../types.ts';

export function getAlertingStatus(signal?: AbortSignal): Promise<AlertingStatus> {
  return api.get<AlertingStatus>(`${ALERTING_PATH}/status`, undefined, signal);
}

/** The overview's channel state; refreshed every minute, so a silent failure shows without a reload. */
export function useAlertingStatus(enabled: boolean) {
  return useQuery({
    queryKey: alertingKeys.status,
    queryFn: ({ signal }) => getAlertingStatus(signal),
    enabled,
    refetchInterval: 60_000,
  });
}
