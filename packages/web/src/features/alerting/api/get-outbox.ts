import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Outbox } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export type { Outbox } from '../types.ts';

export function getOutbox(signal?: AbortSignal): Promise<Outbox> {
  return api.get<Outbox>(`${ALERTING_PATH}/outbox`, undefined, signal);
}

/** The test outbox; refreshed every five seconds so a sent message shows at once. */
export function useOutbox() {
  return useQuery({
    queryKey: alertingKeys.outbox,
    queryFn: ({ signal }) => getOutbox(signal),
    refetchInterval: 5_000,
  });
}
