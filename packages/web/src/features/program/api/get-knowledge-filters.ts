import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Filters } from '../types.ts';
import { programKeys } from './keys.ts';

export function getKnowledgeFilters(signal?: AbortSignal): Promise<Filters> {
  return api.get<Filters>('/api/v1/knowledge/filters', undefined, signal);
}

export function useKnowledgeFilters() {
  return useQuery({ queryKey: programKeys.filters, queryFn: ({ signal }) => getKnowledgeFilters(signal) });
}
