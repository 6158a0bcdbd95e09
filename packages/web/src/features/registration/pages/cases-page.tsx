import { da } from '@helhed/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { QueryTable } from '../../../components/query-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { byName, choicesOf } from '../../../lib/form.ts';
import { useCases } from '../api/get-cases.ts';
import { useRegistrationOptions } from '../api/get-options.ts';
import { caseColumns } from '../components/case-columns.tsx';
import { CaseForm } from '../components/case-form.tsx';
import { RegistrationPage } from '../components/registration-page.tsx';
import type { CaseSummary } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

const COLUMNS: Column<CaseSummary>[] = [
  {
    key: 'participant',
    header: r.fields.participant,
    rowHeader: true,
    sortValue: (c) => c.participantName ?? '',
    render: (c) => <Link to={`/forloeb/${c.id}`}>{c.participantName ?? ui.anonymousParticipant}</Link>,
  },
  {
    key: 'activity',
    header: r.fields.activity,
    sortValue: (c) => c.activityName,
    render: (c) => c.activityName,
  },
  caseColumns.start,
  caseColumns.status,
  {
    key: 'outcome',
    header: r.fields.outcome,
    sortValue: (c) => c.outcome,
    render: (c) => (c.outcome ? r.outcomes[c.outcome] : ui.noValue),
  },
  caseColumns.responsible,
  { key: 'team', header: r.fields.team, sortValue: (c) => c.teamName, render: (c) => c.teamName },
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

function Caseload() {
  const [scope, setScope] = useState('mine');
  const [status, setStatus] = useState('');
  const [activityId, setActivityId] = useState('');
  const [q, setQ] = useState('');
  const options = useRegistrationOptions();
  const cases = useCases({ scope, status, activityId, q: q.trim() }, true);
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
      <fieldset className="fieldset">
        <legend>{ui.filtersLabel}</legend>
        <div className="filters">
          <SelectField
            label={ui.filterScope}
            name="scope"
            options={SCOPES}
            value={scope}
            onChange={(e) => setScope(e.target.value)}
          />
          <SelectField
            label={ui.filterStatus}
            name="status"
            options={STATUSES}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          />
          <SelectField
            label={r.fields.activity}
            name="activityId"
            options={choicesOf(ui.allStatuses, options.data?.activities ?? [], byName)}
            value={activityId}
            onChange={(e) => setActivityId(e.target.value)}
          />
          <TextField
            label={ui.search}
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
      </fieldset>
      <QueryTable
        query={cases}
        caption={ui.casesCaption}
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
      <Caseload />
    </RegistrationPage>
  );
}
