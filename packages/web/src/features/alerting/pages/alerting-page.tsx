import { da, formatDateTime } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useActionCard } from '../api/get-action-card.ts';
import { useIncidents } from '../api/get-incidents.ts';
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
      <QuerySection query={card} label={t.raiseTitle}>
        {(data) => <RaiseIncidentForm card={data} canOpen={mayRead} />}
      </QuerySection>
      {mayRead ? (
        <QuerySection
          query={incidents}
          labelledBy="incidents-title"
          header={<h2 id="incidents-title">{t.incidents}</h2>}
        >
          {(rows) => (
            <DataTable
              caption={t.incidents}
              columns={COLUMNS}
              rows={rows}
              rowKey={(i) => i.id}
              emptyText={t.noIncidents}
              initialSort={{ key: 'when', direction: 'descending' }}
            />
          )}
        </QuerySection>
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
