import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Indicator } from '../types.ts';
import { planKeys } from './keys.ts';

export function getIndicator(id: string, signal?: AbortSignal): Promise<Indicator> {
  return api.get<Indicator>(`/api/v1/plan/indicators/${encodeURIComponent(id)}`, undefined, signal);
}

export function useIndicator(id: string) {
  return useQuery({ queryKey: planKeys.indicator(id), queryFn: ({ signal }) => getIndicator(id, signal) });
}
