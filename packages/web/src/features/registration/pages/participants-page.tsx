import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { Pager } from '../../../components/pager.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
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
      <QuerySection query={participants} label={ui.participantsCaption} busy={participants.isFetching}>
        {(page) => (
          <>
            <DataTable
              caption={ui.participantsCaption}
              columns={COLUMNS}
              rows={page.participants}
              rowKey={(p) => p.id}
              emptyText={searching ? ui.noParticipantsFound : ui.noParticipants}
              serverSorting={{ sort: list.tableSort, onSort: list.sortBy }}
            />
            <Pager
              label={ui.participantPaging}
              offset={list.view.offset}
              pageSize={PARTICIPANT_PAGE_SIZE}
              shown={page.participants.length}
              total={page.total}
              onPage={list.page}
            />
          </>
        )}
      </QuerySection>
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
