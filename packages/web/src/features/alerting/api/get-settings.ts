import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Settings } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export function getSettings(signal?: AbortSignal): Promise<Settings> {
  return api.get<Settings>(`${ALERTING_PATH}/settings`, undefined, signal);
}

export function useSettings(enabled = true) {
  return useQuery({ queryKey: alertingKeys.settings, queryFn: ({ signal }) => getSettings(signal), enabled });
}
