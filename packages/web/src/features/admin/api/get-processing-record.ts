import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ProcessingRecord } from '../../../types/api.ts';

export type { ProcessingRecord };

export function useProcessingRecord() {
  return useQuery({
    queryKey: ['processing-record'],
    queryFn: ({ signal }) => api.get<ProcessingRecord>('/api/v1/processing-record', undefined, signal),
  });
}
