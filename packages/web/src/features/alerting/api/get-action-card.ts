import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ActionCard } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export function getActionCard(signal?: AbortSignal): Promise<ActionCard> {
  return api.get<ActionCard>(`${ALERTING_PATH}/action-card`, undefined, signal);
}

/** The action card changes rarely: it is kept for ten minutes. */
export function useActionCard() {
  return useQuery({
    queryKey: alertingKeys.actionCard,
    queryFn: ({ signal }) => getActionCard(signal),
    staleTime: 10 * 60_000,
  });
}
