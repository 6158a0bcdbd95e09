import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client.ts';
import type { Household, HouseholdDetail, LetterTemplate, PhaseList, StatusView } from '../types.ts';

export const rehousingKeys = {
  all: ['rehousing'] as const,
  phases: ['rehousing', 'phases'] as const,
  status: (phaseId: string, date: string) => ['rehousing', 'status', phaseId, date] as const,
  households: (phaseId: string) => ['rehousing', 'households', phaseId] as const,
  household: (id: string) => ['rehousing', 'household', id] as const,
  template: ['rehousing', 'template'] as const,
};

export function usePhases() {
  return useQuery({
    queryKey: rehousingKeys.phases,
    queryFn: ({ signal }) => api.get<PhaseList>('/api/v1/rehousing/phases', undefined, signal),
  });
}

export function useStatus(phaseId: string, date: string) {
  return useQuery({
    queryKey: rehousingKeys.status(phaseId, date),
    queryFn: ({ signal }) =>
      api.get<StatusView>('/api/v1/rehousing/status', { phaseId: phaseId || undefined, date }, signal),
  });
}

export function useHouseholds(phaseId: string) {
  return useQuery({
    queryKey: rehousingKeys.households(phaseId),
    queryFn: ({ signal }) =>
      api
        .get<{ households: Household[] }>(
          '/api/v1/rehousing/households',
          { phaseId: phaseId || undefined },
          signal,
        )
        .then((r) => r.households),
  });
}

export function useHousehold(id: string) {
  return useQuery({
    queryKey: rehousingKeys.household(id),
    queryFn: ({ signal }) =>
      api.get<HouseholdDetail>(`/api/v1/rehousing/households/${id}`, undefined, signal),
    retry: false,
  });
}

export function useLetterTemplate() {
  return useQuery({
    queryKey: rehousingKeys.template,
    queryFn: ({ signal }) => api.get<LetterTemplate>('/api/v1/rehousing/letter-template', undefined, signal),
  });
}

/** A change in genhusning; refreshes every genhusning query afterwards. */
export function useRehousingMutation<TBody, TResult>(
  path: string,
  method: 'POST' | 'PATCH' | 'PUT' = 'POST',
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => apiRequest<TResult>(path, { method, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rehousingKeys.all }),
  });
}
