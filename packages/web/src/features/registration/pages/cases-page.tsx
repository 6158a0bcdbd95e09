import { da, formatDate } from '@helhed/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCases, useRegistrationOptions } from '../api/registration-api.ts';
import { CaseForm } from '../components/case-form.tsx';
import { RegistrationGate } from '../components/registration-gate.tsx';
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
  {
    key: 'start',
    header: r.fields.startedOn,
    sortValue: (c) => c.startedOn,
    render: (c) => formatDate(c.startedOn),
  },
  {
    key: 'status',
    header: r.fields.status,
    sortValue: (c) => c.status,
    render: (c) => r.caseStatuses[c.status],
  },
  {
    key: 'outcome',
    header: r.fields.outcome,
    sortValue: (c) => c.outcome,
    render: (c) => (c.outcome ? r.outcomes[c.outcome] : ui.noValue),
  },
  {
    key: 'responsible',
    header: r.fields.responsible,
    sortValue: (c) => c.responsibleName,
    render: (c) => c.responsibleName ?? ui.noValue,
  },
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
            options={[
              { value: '', label: ui.allStatuses },
              ...(options.data?.activities ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
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
      <section className="panel" aria-busy={cases.isPending} aria-label={ui.casesCaption}>
        {cases.isPending ? <Loading /> : null}
        {cases.isError ? <QueryError error={cases.error} onRetry={() => cases.refetch()} /> : null}
        {cases.data ? (
          <DataTable
            caption={ui.casesCaption}
            columns={COLUMNS}
            rows={cases.data}
            rowKey={(c) => c.id}
            emptyText={ui.noCasesFound}
          />
        ) : null}
      </section>
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
    <Page title={da.nav.cases}>
      <RegistrationGate>
        <Caseload />
      </RegistrationGate>
    </Page>
  );
}
