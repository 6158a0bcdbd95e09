import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Indicator, IndicatorValueInput } from '../types.ts';
import { planKeys } from './keys.ts';

export function putIndicatorValues(id: string, values: IndicatorValueInput[]): Promise<Indicator> {
  return apiRequest<Indicator>(`/api/v1/plan/indicators/${encodeURIComponent(id)}/values`, {
    method: 'PUT',
    body: { values },
  });
}

export function usePutIndicatorValues(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: IndicatorValueInput[]) => putIndicatorValues(id, values),
    onSuccess: (indicator) => {
      queryClient.setQueryData(planKeys.indicator(id), indicator);
      return queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}
