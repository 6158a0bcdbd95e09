import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { QueryTable } from '../../../components/query-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { useSession } from '../../auth/api/get-session.ts';
import { useParticipants } from '../api/get-participants.ts';
import { RegistrationPage } from '../components/registration-page.tsx';
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
      <QueryTable
        query={participants}
        caption={ui.participantsCaption}
        columns={COLUMNS}
        rowKey={(p) => p.id}
        emptyText={ui.noParticipants}
        filterable
        initialSort={{ key: 'name', direction: 'ascending' }}
      />
    </>
  );
}

export function ParticipantsPage() {
  useSession();
  return (
    <RegistrationPage title={da.nav.participants}>
      <ParticipantList />
    </RegistrationPage>
  );
}
