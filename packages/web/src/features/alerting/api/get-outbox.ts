import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { Outbox } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export type { Outbox } from '../types.ts';

export const OUTBOX_PAGE_SIZE = 50;

export function getOutbox(
  query: Record<string, string | number> = {},
  signal?: AbortSignal,
): Promise<Outbox> {
  return api.get<Outbox>(`${ALERTING_PATH}/outbox`, query, signal);
}

/** One page of the Udbakke as the address describes it; refreshed every five seconds so a sent message shows at once. */
export function useOutboxPage(view: ListView<'status'>) {
  const query = {
    dir: view.dir,
    limit: OUTBOX_PAGE_SIZE,
    offset: view.offset,
    ...(view.filters.status ? { status: view.filters.status } : {}),
  };
  return useQuery({
    queryKey: [...alertingKeys.outbox, query],
    queryFn: ({ signal }) => getOutbox(query, signal),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
}
