import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const PROCESSING_RECORD_PDF_URL = '/api/v1/processing-record.pdf';

export type ProcessingRecord = {
  periods: { category: string; period: string }[];
  activities: {
    key: string;
    title: string;
    purpose: string;
    subjects: string;
    data: { table: string; columns: string[] }[];
    recipients: string[];
    retention: string[];
  }[];
  safeguards: string[];
};

export function useProcessingRecord() {
  return useQuery({
    queryKey: ['processing-record'],
    queryFn: ({ signal }) => api.get<ProcessingRecord>('/api/v1/processing-record', undefined, signal),
  });
}
