import { da, formatDateTime } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import type { AlertRow } from '../types.ts';

const t = da.alerting.ui;

const COLUMNS: ReadonlyArray<Column<AlertRow>> = [
  {
    key: 'name',
    header: t.fullName,
    rowHeader: true,
    sortValue: (a) => a.fullName,
    render: (a) => `${a.fullName} (${a.organisationName})`,
  },
  { key: 'stage', header: t.stage, sortValue: (a) => a.stage, render: (a) => da.alerting.groups[a.stage] },
  {
    key: 'reason',
    header: t.reason,
    sortValue: (a) => a.reason,
    render: (a) => da.alerting.reasons[a.reason],
  },
  {
    key: 'alerted',
    header: t.when,
    sortValue: (a) => a.alertedAt,
    render: (a) => formatDateTime(a.alertedAt),
  },
  {
    key: 'mail',
    header: t.mailStatus,
    sortValue: (a) => a.emailStatus,
    render: (a) => (a.emailStatus ? da.alerting.messageStatuses[a.emailStatus] : da.web.empty),
  },
  {
    key: 'ack',
    header: t.acknowledged,
    sortValue: (a) => a.acknowledgedAt,
    render: (a) =>
      a.acknowledgedAt ? (
        <span className="state--ok">{formatDateTime(a.acknowledgedAt)}</span>
      ) : (
        <span className="state--warn">{t.notYet}</span>
      ),
  },
  {
    key: 'escalated',
    header: t.escalated,
    sortValue: (a) => a.escalatedAt,
    render: (a) => (a.escalatedAt ? formatDateTime(a.escalatedAt) : t.notYet),
  },
];

export function AlertsTable({ alerts }: { alerts: AlertRow[] }) {
  return (
    <DataTable
      caption={t.alertsTitle}
      columns={COLUMNS}
      rows={alerts}
      rowKey={(a) => a.id}
      emptyText={da.web.empty}
      initialSort={{ key: 'alerted', direction: 'ascending' }}
    />
  );
}
