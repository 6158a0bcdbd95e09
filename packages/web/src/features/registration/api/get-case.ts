import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CaseDetail } from '../types.ts';
import { registrationKeys } from './keys.ts';

export function useCase(id: string) {
  return useQuery({
    queryKey: registrationKeys.case(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/v1/cases/${id}`, undefined, signal),
    retry: false,
  });
}
