import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { SubAgreementsAsOf } from '../types.ts';
import { planKeys } from './keys.ts';

export const AS_OF_URL = '/api/v1/plan/sub-agreements/as-of';

/** The delaftaler as they were at the end of `date`; nothing is asked before a date is chosen. */
export function useSubAgreementsAsOf(date: string | null) {
  return useQuery({
    queryKey: planKeys.asOf(date ?? ''),
    queryFn: ({ signal }) => api.get<SubAgreementsAsOf>(AS_OF_URL, { date: date ?? '' }, signal),
    enabled: date !== null,
    retry: false,
  });
}
