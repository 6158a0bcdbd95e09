import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { PagedTable } from '../../../components/paged-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useListParams } from '../../../lib/use-list-params.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { PARTICIPANT_FILTERS, PARTICIPANT_PAGE_SIZE, useParticipantPage } from '../api/get-participants.ts';
import { ParticipantSearchForm } from '../components/participant-search-form.tsx';
import { RegistrationPage } from '../components/registration-page.tsx';
import type { ParticipantSummary } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

// The keys are the server's sort keys (PARTICIPANT_SORTS).
const COLUMNS: Column<ParticipantSummary>[] = [
  {
    key: 'name',
    header: r.fields.displayName,
    rowHeader: true,
    sortable: true,
    render: (p) => <Link to={`/deltagere/${p.id}`}>{p.displayName}</Link>,
  },
  { key: 'birthYear', header: r.fields.birthYear, sortable: true, render: (p) => p.birthYear ?? ui.noValue },
  { key: 'area', header: r.fields.area, sortable: true, render: (p) => p.areaName ?? ui.noValue },
  { key: 'team', header: r.fields.team, sortable: true, render: (p) => p.teamName },
  { key: 'created', header: r.fields.registeredOn, sortable: true, render: (p) => formatDate(p.createdAt) },
];

function ParticipantList() {
  const list = useListParams(PARTICIPANT_FILTERS, { sort: 'name', dir: 'asc' });
  const participants = useParticipantPage(list.view);
  const serverErrors = participants.error instanceof ApiError ? participants.error.fieldErrors() : {};
  const searching = Object.values(list.view.filters).some(Boolean);
  return (
    <>
      <p className="lead">{ui.participantsIntro}</p>
      <p>
        <Link className="button" to="/deltagere/ny">
          {ui.newParticipant}
        </Link>{' '}
        <Link className="button button--secondary" to="/deltagere/frivillige">
          {ui.volunteersLink}
        </Link>{' '}
        <Link className="button button--secondary" to="/deltagere/import">
          {da.imports.ui.link}
        </Link>
      </p>
      <section className="panel">
        {/* A new address gives a new form, so the back button also restores the fields. */}
        <ParticipantSearchForm
          key={JSON.stringify(list.view.filters)}
          initial={list.view.filters}
          serverErrors={serverErrors}
          onSearch={list.search}
        />
      </section>
      <PagedTable
        query={participants}
        rowsOf={(page) => page.participants}
        list={list}
        pageSize={PARTICIPANT_PAGE_SIZE}
        caption={ui.participantsCaption}
        pagingLabel={ui.participantPaging}
        columns={COLUMNS}
        rowKey={(p) => p.id}
        emptyText={searching ? ui.noParticipantsFound : ui.noParticipants}
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
