import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Activity } from '../types.ts';
import { planKeys } from './keys.ts';

export function getActivity(id: string, signal?: AbortSignal): Promise<Activity> {
  return api.get<Activity>(`/api/v1/plan/activities/${encodeURIComponent(id)}`, undefined, signal);
}

export function useActivity(id: string) {
  return useQuery({ queryKey: planKeys.activity(id), queryFn: ({ signal }) => getActivity(id, signal) });
}
