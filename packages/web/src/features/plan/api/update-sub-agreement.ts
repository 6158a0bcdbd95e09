import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { SubAgreement, SubAgreementInput } from '../types.ts';
import { planKeys } from './keys.ts';

export function updateSubAgreement(id: string, input: SubAgreementInput): Promise<SubAgreement> {
  return apiRequest<SubAgreement>(`/api/v1/plan/sub-agreements/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function useUpdateSubAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubAgreementInput) => updateSubAgreement(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
