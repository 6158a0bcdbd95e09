import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { FinanceChanges } from '../types.ts';
import { FINANCE_PATH, financeKeys } from './keys.ts';

export const FINANCE_CHANGES_PAGE_SIZE = 50;

export function useFinanceChanges(offset: number) {
  return useQuery({
    queryKey: financeKeys.changes(offset),
    queryFn: ({ signal }) =>
      api.get<FinanceChanges>(
        `${FINANCE_PATH}/changes`,
        { limit: FINANCE_CHANGES_PAGE_SIZE, offset },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}
