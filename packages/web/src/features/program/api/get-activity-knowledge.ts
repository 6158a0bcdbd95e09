import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ActivityKnowledge } from '../types.ts';
import { programKeys } from './keys.ts';

/** An activity's knowledge entries (method notes, evaluations …). */
export function getActivityKnowledge(id: string, signal?: AbortSignal): Promise<ActivityKnowledge> {
  return api.get<ActivityKnowledge>(
    `/api/v1/knowledge/activities/${encodeURIComponent(id)}`,
    undefined,
    signal,
  );
}

export function useActivityKnowledge(id: string) {
  return useQuery({
    queryKey: programKeys.activity(id),
    queryFn: ({ signal }) => getActivityKnowledge(id, signal),
  });
}
