import { da, formatDateTime } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import type { AuditEvent } from '../../../types/api.ts';

function orEmpty(value: string | null): string {
  return value ?? '–';
}

const COLUMNS: ReadonlyArray<Column<AuditEvent>> = [
  {
    key: 'occurredAt',
    header: da.audit.when,
    rowHeader: true,
    render: (event) => <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>,
  },
  { key: 'actor', header: da.audit.actor, render: (event) => event.actorEmail ?? da.audit.system },
  {
    key: 'action',
    header: da.audit.action,
    render: (event) => da.audit.actions[event.action] ?? event.action,
  },
  { key: 'entityType', header: da.audit.entity, render: (event) => event.entityType },
  {
    key: 'entityId',
    header: da.audit.entityId,
    render: (event) => <span className="mono">{orEmpty(event.entityId)}</span>,
  },
  { key: 'ipAddress', header: da.audit.fromAddress, render: (event) => orEmpty(event.ipAddress) },
  {
    key: 'details',
    header: da.audit.details,
    render: (event) => <span className="wrap-anywhere">{orEmpty(event.details)}</span>,
  },
];

export function AuditTable({ events }: { events: ReadonlyArray<AuditEvent> }) {
  return (
    <DataTable
      caption={da.audit.results}
      columns={COLUMNS}
      rows={events}
      rowKey={(event) => event.id}
      emptyText={da.audit.noResults}
    />
  );
}
