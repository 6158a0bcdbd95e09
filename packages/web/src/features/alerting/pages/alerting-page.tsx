import { da, formatDateTime } from '@helhed/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useActionCard } from '../api/contacts.ts';
import { useIncidents } from '../api/incidents.ts';
import { ActionCardView } from '../components/action-card.tsx';
import { LevelBadge } from '../components/level-badge.tsx';
import { RaiseIncidentForm } from '../components/raise-incident-form.tsx';
import { StatusPanel } from '../components/status-panel.tsx';
import type { Incident } from '../types.ts';

const t = da.alerting.ui;

const COLUMNS: ReadonlyArray<Column<Incident>> = [
  {
    key: 'category',
    header: t.category,
    rowHeader: true,
    sortValue: (i) => i.category,
    render: (i) => <Link to={`/beredskab/haendelser/${i.id}`}>{i.category}</Link>,
  },
  { key: 'level', header: t.level, sortValue: (i) => i.level, render: (i) => <LevelBadge level={i.level} /> },
  { key: 'location', header: t.location, sortValue: (i) => i.location, render: (i) => i.location },
  {
    key: 'status',
    header: t.status,
    sortValue: (i) => i.status,
    render: (i) => da.alerting.statuses[i.status],
  },
  {
    key: 'when',
    header: t.when,
    sortValue: (i) => i.occurredAt,
    render: (i) => formatDateTime(i.occurredAt),
  },
  { key: 'raisedBy', header: t.raisedBy, sortValue: (i) => i.raisedBy, render: (i) => i.raisedBy },
];

export function AlertingPage() {
  const can = useCan();
  const card = useActionCard();
  const mayRead = can('alerting.incident.read');
  const incidents = useIncidents(mayRead);
  return (
    <Page title={da.alerting.title}>
      <p className="lead">{da.alerting.intro}</p>
      <section className="panel" aria-busy={card.isPending} aria-labelledby="raise-title">
        {card.isPending ? <Loading /> : null}
        {card.isError ? <QueryError error={card.error} onRetry={() => card.refetch()} /> : null}
        {card.data ? <RaiseIncidentForm card={card.data} canOpen={mayRead} /> : null}
      </section>
      {mayRead ? (
        <section className="panel" aria-busy={incidents.isPending} aria-labelledby="incidents-title">
          <h2 id="incidents-title">{t.incidents}</h2>
          {incidents.isPending ? <Loading /> : null}
          {incidents.isError ? (
            <QueryError error={incidents.error} onRetry={() => incidents.refetch()} />
          ) : null}
          {incidents.data ? (
            <DataTable
              caption={t.incidents}
              columns={COLUMNS}
              rows={incidents.data}
              rowKey={(i) => i.id}
              emptyText={t.noIncidents}
              initialSort={{ key: 'when', direction: 'descending' }}
            />
          ) : null}
        </section>
      ) : null}
      {can('alerting.contacts.manage') ? <StatusPanel /> : null}
      {card.data ? (
        <section className="panel" aria-labelledby="procedure-title">
          <ActionCardView card={card.data} />
        </section>
      ) : null}
    </Page>
  );
}
