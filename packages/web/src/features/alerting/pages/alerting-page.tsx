import { da, formatDateTime } from '@helhed/core';
import { Link } from 'react-router';
import { PagedTable } from '../../../components/paged-table.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useListParams } from '../../../lib/use-list-params.ts';
import { useCan } from '../../auth/api/get-session.ts';
import { useActionCard } from '../api/get-action-card.ts';
import { INCIDENT_PAGE_SIZE, useIncidentPage } from '../api/get-incidents.ts';
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
    render: (i) => <Link to={`/beredskab/haendelser/${i.id}`}>{i.category}</Link>,
  },
  { key: 'level', header: t.level, render: (i) => <LevelBadge level={i.level} /> },
  { key: 'location', header: t.location, render: (i) => i.location },
  {
    key: 'status',
    header: t.status,
    render: (i) => da.alerting.statuses[i.status],
  },
  {
    key: 'created',
    sortable: true,
    header: t.when,
    render: (i) => formatDateTime(i.occurredAt),
  },
  { key: 'raisedBy', header: t.raisedBy, render: (i) => i.raisedBy },
];

export function AlertingPage() {
  const can = useCan();
  const card = useActionCard();
  const mayRead = can('alerting.incident.read');
  const list = useListParams([], { sort: 'created', dir: 'desc' });
  const incidents = useIncidentPage(list.view, mayRead);
  return (
    <Page title={da.alerting.title}>
      <p className="lead">{da.alerting.intro}</p>
      <QuerySection query={card} label={t.raiseTitle}>
        {(data) => <RaiseIncidentForm card={data} canOpen={mayRead} />}
      </QuerySection>
      {mayRead ? (
        <section className="panel" aria-labelledby="incidents-title">
          <h2 id="incidents-title">{t.incidents}</h2>
          <PagedTable
            query={incidents}
            rowsOf={(page) => page.incidents}
            list={list}
            pageSize={INCIDENT_PAGE_SIZE}
            caption={t.incidents}
            pagingLabel={t.incidentPaging}
            columns={COLUMNS}
            rowKey={(i) => i.id}
            emptyText={t.noIncidents}
          />
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
