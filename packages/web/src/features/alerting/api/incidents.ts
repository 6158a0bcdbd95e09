import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../../lib/api-client.ts';
import type { Incident, IncidentDetail, Level, OutboxMessage } from '../types.ts';
import { alertingKeys } from './contacts.ts';

const BASE = '/api/v1/alerting';

export function useIncidents(enabled = true) {
  return useQuery({
    queryKey: alertingKeys.incidents,
    queryFn: async ({ signal }) =>
      (await api.get<{ incidents: Incident[] }>(`${BASE}/incidents`, undefined, signal)).incidents,
    enabled,
  });
}

export type RaiseInput = {
  clientKey: string;
  level: Level;
  category: string;
  description: string;
  location: string;
  areaSlug: string | null;
  occurredAt: string;
};

export function useRaiseIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RaiseInput) => api.post<Incident>(`${BASE}/incidents`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.incidents }),
  });
}

export function useIncident(id: string) {
  return useQuery({
    queryKey: alertingKeys.incident(id),
    queryFn: ({ signal }) => api.get<IncidentDetail>(`${BASE}/incidents/${id}`, undefined, signal),
  });
}

/**
 * Follows the incident's server-sent events and refetches the page's data on every change, so the
 * live page needs no reload. Returns whether the stream is connected.
 */
export function useIncidentEvents(id: string): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(`${BASE}/incidents/${id}/events`);
    source.addEventListener('open', () => setConnected(true));
    source.addEventListener('error', () => setConnected(false));
    source.addEventListener('change', () => {
      void queryClient.invalidateQueries({ queryKey: alertingKeys.incident(id) });
    });
    return () => source.close();
  }, [id, queryClient]);
  return connected;
}

/** One POST on the incident (activate, log, meeting …); the incident's data is refetched after it. */
export function useIncidentAction<TInput, TResult = unknown>(
  id: string,
  path: (input: TInput) => string,
  body?: (input: TInput) => unknown,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => api.post<TResult>(`${BASE}/incidents/${id}${path(input)}`, body?.(input)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: alertingKeys.incident(id) });
      void queryClient.invalidateQueries({ queryKey: alertingKeys.incidents });
    },
  });
}

export function useOutbox() {
  return useQuery({
    queryKey: alertingKeys.outbox,
    queryFn: ({ signal }) =>
      api.get<{ messages: OutboxMessage[]; smtpConfigured: boolean }>(`${BASE}/outbox`, undefined, signal),
    refetchInterval: 5_000,
  });
}
