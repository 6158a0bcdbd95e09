import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CaseSummary } from '../types.ts';
import { registrationKeys } from './keys.ts';

export function useCases(filters: Record<string, string>, enabled: boolean) {
  return useQuery({
    queryKey: registrationKeys.cases(filters),
    queryFn: ({ signal }) =>
      api.get<{ cases: CaseSummary[] }>('/api/v1/cases', filters, signal).then((r) => r.cases),
    enabled,
  });
}
