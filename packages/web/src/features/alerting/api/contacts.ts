import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client.ts';
import type { ActionCard, Contact, ContactInput, Settings, Shift } from '../types.ts';

const BASE = '/api/v1/alerting';
export const alertingKeys = {
  all: ['alerting'] as const,
  actionCard: ['alerting', 'action-card'] as const,
  contacts: ['alerting', 'contacts'] as const,
  shifts: ['alerting', 'shifts'] as const,
  settings: ['alerting', 'settings'] as const,
  incidents: ['alerting', 'incidents'] as const,
  incident: (id: string) => ['alerting', 'incidents', id] as const,
  outbox: ['alerting', 'outbox'] as const,
};

export function useActionCard() {
  return useQuery({
    queryKey: alertingKeys.actionCard,
    queryFn: ({ signal }) => api.get<ActionCard>(`${BASE}/action-card`, undefined, signal),
    staleTime: 10 * 60_000,
  });
}

export function useContacts() {
  return useQuery({
    queryKey: alertingKeys.contacts,
    queryFn: async ({ signal }) =>
      (await api.get<{ contacts: Contact[] }>(`${BASE}/contacts`, undefined, signal)).contacts,
  });
}

export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string | null; clientKey: string; values: ContactInput }) =>
      input.id
        ? apiRequest<Contact>(`${BASE}/contacts/${input.id}`, { method: 'PUT', body: input.values })
        : api.post<Contact>(`${BASE}/contacts`, { clientKey: input.clientKey, ...input.values }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.contacts }),
  });
}

export function useConfirmContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Contact>(`${BASE}/contacts/${id}/confirm`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.contacts }),
  });
}

export function useShifts() {
  return useQuery({
    queryKey: alertingKeys.shifts,
    queryFn: async ({ signal }) =>
      (await api.get<{ shifts: Shift[] }>(`${BASE}/shifts`, undefined, signal)).shifts,
  });
}

export function useAddShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { contactId: string; startsAt: string; endsAt: string }) =>
      api.post<{ id: string }>(`${BASE}/shifts`, input),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: alertingKeys.shifts });
      // A new or removed shift moves the rota gaps.
      queryClient.invalidateQueries({ queryKey: ['alerting', 'rota-gaps'] });
    },
  });
}

export function useRemoveShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`${BASE}/shifts/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: alertingKeys.shifts });
      // A new or removed shift moves the rota gaps.
      queryClient.invalidateQueries({ queryKey: ['alerting', 'rota-gaps'] });
    },
  });
}

export function useSettings(enabled = true) {
  return useQuery({
    queryKey: alertingKeys.settings,
    queryFn: ({ signal }) => api.get<Settings>(`${BASE}/settings`, undefined, signal),
    enabled,
  });
}

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { escalationSeconds: number; ackValidHours: number }) =>
      apiRequest<Settings>(`${BASE}/settings`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.settings }),
  });
}
