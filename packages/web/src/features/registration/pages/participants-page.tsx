import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useSession } from '../../auth/api/get-session.ts';
import { useParticipants } from '../api/registration-api.ts';
import { RegistrationGate } from '../components/registration-gate.tsx';
import type { ParticipantSummary } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

const COLUMNS: Column<ParticipantSummary>[] = [
  {
    key: 'name',
    header: r.fields.displayName,
    rowHeader: true,
    sortValue: (p) => p.displayName,
    render: (p) => <Link to={`/deltagere/${p.id}`}>{p.displayName}</Link>,
  },
  {
    key: 'birthYear',
    header: r.fields.birthYear,
    sortValue: (p) => p.birthYear,
    render: (p) => p.birthYear ?? ui.noValue,
  },
  {
    key: 'area',
    header: r.fields.area,
    sortValue: (p) => p.areaName,
    render: (p) => p.areaName ?? ui.noValue,
  },
  { key: 'team', header: r.fields.team, sortValue: (p) => p.teamName, render: (p) => p.teamName },
  {
    key: 'created',
    header: r.fields.registeredOn,
    sortValue: (p) => p.createdAt,
    filterValue: () => '',
    render: (p) => formatDate(p.createdAt),
  },
];

function ParticipantList() {
  const participants = useParticipants('', true);
  return (
    <>
      <p className="lead">{ui.participantsIntro}</p>
      <p>
        <Link className="button" to="/deltagere/ny">
          {ui.newParticipant}
        </Link>{' '}
        <Link className="button button--secondary" to="/deltagere/frivillige">
          {ui.volunteersLink}
        </Link>
      </p>
      <section className="panel" aria-busy={participants.isPending} aria-label={ui.participantsCaption}>
        {participants.isPending ? <Loading /> : null}
        {participants.isError ? (
          <QueryError error={participants.error} onRetry={() => participants.refetch()} />
        ) : null}
        {participants.data ? (
          <DataTable
            caption={ui.participantsCaption}
            columns={COLUMNS}
            rows={participants.data}
            rowKey={(p) => p.id}
            emptyText={ui.noParticipants}
            filterable
            initialSort={{ key: 'name', direction: 'ascending' }}
          />
        ) : null}
      </section>
    </>
  );
}

export function ParticipantsPage() {
  useSession();
  return (
    <Page title={da.nav.participants}>
      <RegistrationGate>
        <ParticipantList />
      </RegistrationGate>
    </Page>
  );
}
