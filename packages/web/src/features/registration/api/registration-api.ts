import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client.ts';
import type {
  CaseDetail,
  CaseSummary,
  ParticipantDetail,
  ParticipantSummary,
  RegistrationOptions,
} from '../types.ts';

export const registrationKeys = {
  all: ['registration'] as const,
  options: ['registration', 'options'] as const,
  participants: (q: string) => ['registration', 'participants', q] as const,
  participant: (id: string) => ['registration', 'participant', id] as const,
  cases: (filters: Record<string, string>) => ['registration', 'cases', filters] as const,
  case: (id: string) => ['registration', 'case', id] as const,
};

export function useRegistrationOptions(enabled = true) {
  return useQuery({
    queryKey: registrationKeys.options,
    queryFn: ({ signal }) => api.get<RegistrationOptions>('/api/v1/registration/options', undefined, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useParticipants(q: string, enabled: boolean) {
  return useQuery({
    queryKey: registrationKeys.participants(q),
    queryFn: ({ signal }) =>
      api
        .get<{ participants: ParticipantSummary[] }>('/api/v1/participants', { q }, signal)
        .then((r) => r.participants),
    enabled,
  });
}

export function useParticipant(id: string) {
  return useQuery({
    queryKey: registrationKeys.participant(id),
    queryFn: ({ signal }) => api.get<ParticipantDetail>(`/api/v1/participants/${id}`, undefined, signal),
    retry: false,
  });
}

export function useCases(filters: Record<string, string>, enabled: boolean) {
  return useQuery({
    queryKey: registrationKeys.cases(filters),
    queryFn: ({ signal }) =>
      api.get<{ cases: CaseSummary[] }>('/api/v1/cases', filters, signal).then((r) => r.cases),
    enabled,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: registrationKeys.case(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/v1/cases/${id}`, undefined, signal),
    retry: false,
  });
}

/** A POST (or PATCH) whose answer is a participant or a forløb; refreshes every registration query. */
export function useRegistrationMutation<TBody, TResult>(
  path: string,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' = 'POST',
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => apiRequest<TResult>(path, { method, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.all }),
  });
}
