import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PlanChanges } from '../types.ts';
import { planKeys } from './keys.ts';

export const CHANGES_PAGE_SIZE = 50;

export function getChanges(offset: number, signal?: AbortSignal): Promise<PlanChanges> {
  return api.get<PlanChanges>('/api/v1/plan/changes', { limit: CHANGES_PAGE_SIZE, offset }, signal);
}

export function useChanges(offset: number) {
  return useQuery({
    queryKey: planKeys.changes(offset),
    queryFn: ({ signal }) => getChanges(offset, signal),
    placeholderData: keepPreviousData,
  });
}
