import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { SearchHit } from '../types.ts';
import { programKeys, type SearchParams } from './keys.ts';

export const KNOWLEDGE_PAGE_SIZE = 50;

export function searchKnowledge(
  params: SearchParams,
  signal?: AbortSignal,
): Promise<{ hits: SearchHit[]; total: number }> {
  return api.get<{ hits: SearchHit[]; total: number }>(
    '/api/v1/knowledge/search',
    { ...params, limit: KNOWLEDGE_PAGE_SIZE },
    signal,
  );
}

/** Searches only once there is something to search for (`null` or blank words: no request). */
export function useKnowledgeSearch(params: SearchParams | null) {
  return useQuery({
    queryKey: programKeys.search(params ?? { q: '' }),
    queryFn: ({ signal }) => searchKnowledge(params ?? { q: '' }, signal),
    enabled: params !== null && params.q.trim() !== '',
  });
}
