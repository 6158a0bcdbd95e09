import { da } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { byName, choicesOf } from '../../../lib/form.ts';
import { type ListParams, useListParams } from '../../../lib/use-list-params.ts';
import { SentBackNotice } from '../../reports/components/sent-back-notice.tsx';
import { CASE_FILTERS, CASE_PAGE_SIZE, type CaseFilter, useCasePage } from '../api/get-cases.ts';
import { useRegistrationOptions } from '../api/get-options.ts';
import { caseColumns } from '../components/case-columns.tsx';
import { CaseForm } from '../components/case-form.tsx';
import { RegistrationPage } from '../components/registration-page.tsx';
import type { CaseSummary } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

// The keys are the server's sort keys (CASE_SORTS); outcome and team are shown, not sorted.
const COLUMNS: Column<CaseSummary>[] = [
  {
    key: 'participant',
    header: r.fields.participant,
    rowHeader: true,
    sortable: true,
    render: (c) => <Link to={`/forloeb/${c.id}`}>{c.participantName ?? ui.anonymousParticipant}</Link>,
  },
  { key: 'activity', header: r.fields.activity, sortable: true, render: (c) => c.activityName },
  { ...caseColumns.start, key: 'started', sortable: true },
  { ...caseColumns.status, sortable: true },
  {
    key: 'outcome',
    header: r.fields.outcome,
    render: (c) => (c.outcome ? r.outcomes[c.outcome] : ui.noValue),
  },
  { ...caseColumns.responsible, sortable: true },
  { key: 'team', header: r.fields.team, render: (c) => c.teamName },
];

const SCOPES = [
  { value: 'mine', label: ui.scopeMine },
  { value: 'team', label: ui.scopeTeam },
  { value: 'all', label: ui.scopeAll },
];
const STATUSES = [
  { value: '', label: ui.allStatuses },
  ...(['open', 'retention', 'closed'] as const).map((s) => ({ value: s, label: r.caseStatuses[s] })),
];

/** The choices apply at once; the search text when Enter or "Søg" is pressed. */
function CaseFilters({ list }: { list: ListParams<CaseFilter> }) {
  const options = useRegistrationOptions();
  const { filters } = list.view;
  const [q, setQ] = useState(filters.q);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    list.search({ ...filters, q: q.trim() });
  }
  return (
    <search>
      <form className="form" noValidate onSubmit={handleSubmit}>
        <fieldset className="fieldset">
          <legend>{ui.filtersLabel}</legend>
          <div className="filters">
            <SelectField
              label={ui.filterScope}
              name="scope"
              options={SCOPES}
              value={filters.scope || 'mine'}
              onChange={list.choose('scope')}
            />
            <SelectField
              label={ui.filterStatus}
              name="status"
              options={STATUSES}
              value={filters.status}
              onChange={list.choose('status')}
            />
            <SelectField
              label={r.fields.activity}
              name="activityId"
              options={choicesOf(ui.allStatuses, options.data?.activities ?? [], byName)}
              value={filters.activityId}
              onChange={list.choose('activityId')}
            />
            <TextField
              label={ui.search}
              type="search"
              name="q"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary">
            {da.web.search}
          </button>
        </fieldset>
      </form>
    </search>
  );
}

function Caseload() {
  const list = useListParams(CASE_FILTERS, { sort: 'started', dir: 'desc' });
  const cases = useCasePage(list.view);
  const options = useRegistrationOptions();
  return (
    <>
      <p className="lead">{ui.casesIntro}</p>
      <p className="actions">
        <Link className="button button--secondary" to="/forloeb/hold">
          {ui.groupsLink}
        </Link>
        <Link className="button button--secondary" to="/forloeb/tryghed">
          {ui.safetyLink}
        </Link>
      </p>
      <CaseFilters key={list.view.filters.q} list={list} />
      <PagedTable
        query={cases}
        rowsOf={(page) => page.cases}
        list={list}
        pageSize={CASE_PAGE_SIZE}
        caption={ui.casesCaption}
        pagingLabel={ui.casePaging}
        columns={COLUMNS}
        rowKey={(c) => c.id}
        emptyText={ui.noCasesFound}
      />
      {options.data ? (
        <section className="panel">
          <CaseForm options={options.data} />
        </section>
      ) : null}
    </>
  );
}

export function CasesPage() {
  return (
    <RegistrationPage title={da.nav.cases}>
      <SentBackNotice />
      <Caseload />
    </RegistrationPage>
  );
}
