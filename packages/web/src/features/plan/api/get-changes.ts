import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PlanChanges } from '../types.ts';
import { planKeys } from './keys.ts';

export const CHANGES_PAGE_SIZE = 50;

/** A page of the plan's history; with `after` (YYYY-MM-DD) only what changed after that day. */
export function getChanges(offset: number, after?: string, signal?: AbortSignal): Promise<PlanChanges> {
  return api.get<PlanChanges>(
    '/api/v1/plan/changes',
    { limit: CHANGES_PAGE_SIZE, offset, ...(after ? { after } : {}) },
    signal,
  );
}

export function useChanges(offset: number, after?: string) {
  return useQuery({
    queryKey: planKeys.changes(offset, after),
    queryFn: ({ signal }) => getChanges(offset, after, signal),
    placeholderData: keepPreviousData,
  });
}
