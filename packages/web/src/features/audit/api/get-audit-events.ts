import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AuditEvent } from '../../../types/api.ts';

export const AUDIT_PAGE_SIZE = 50;

export type AuditSearch = {
  actor: string;
  action: string;
  entityType: string;
  /** YYYY-MM-DD or '' */
  from: string;
  /** YYYY-MM-DD or '' */
  to: string;
  offset: number;
};

export type AuditEventsPage = { events: AuditEvent[]; total: number };

export function getAuditEvents(search: AuditSearch, signal?: AbortSignal): Promise<AuditEventsPage> {
  return api.get<AuditEventsPage>(
    '/api/v1/audit-events',
    {
      actor: search.actor,
      action: search.action,
      entityType: search.entityType,
      from: search.from,
      to: search.to,
      limit: AUDIT_PAGE_SIZE,
      offset: search.offset,
    },
    signal,
  );
}

export function useAuditEvents(search: AuditSearch) {
  return useQuery({
    queryKey: ['audit-events', search],
    queryFn: ({ signal }) => getAuditEvents(search, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
