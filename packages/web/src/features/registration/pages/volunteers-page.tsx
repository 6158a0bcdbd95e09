import { da, fill, formatDate } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useParticipants, useRegistrationMutation } from '../api/registration-api.ts';
import { useVolunteers, type Volunteers } from '../api/situations-api.ts';
import { RegistrationGate } from '../components/registration-gate.tsx';
import { todayInDenmark } from '../lib/form.ts';

const r = da.registration;
const ui = da.registrationUi;
type Row = Volunteers['volunteers'][number];

const COLUMNS: Column<Row>[] = [
  {
    key: 'name',
    header: r.fields.displayName,
    rowHeader: true,
    sortValue: (v) => v.displayName,
    render: (v) => v.displayName ?? r.fields.erased,
  },
  {
    key: 'start',
    header: r.fields.startedOn,
    sortValue: (v) => v.startedOn,
    render: (v) => formatDate(v.startedOn),
  },
];

function AddVolunteer() {
  const participants = useParticipants('', true);
  const save = useRegistrationMutation<unknown, Volunteers>('/api/v1/volunteers');
  const clientKey = useRef<string | null>(null);
  const [participantId, setParticipantId] = useState('');
  const [startedOn, setStartedOn] = useState(todayInDenmark());
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clientKey.current ??= newClientKey();
    save.mutate(
      { clientKey: clientKey.current, participantId, startedOn },
      {
        onSuccess: () => {
          clientKey.current = null;
          setParticipantId('');
        },
      },
    );
  }
  return (
    <form className="form form--inline" noValidate onSubmit={handleSubmit} aria-label={ui.addVolunteer}>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      <SelectField
        label={ui.chooseParticipant}
        name="participantId"
        options={[
          { value: '', label: ui.noValue },
          ...(participants.data ?? []).map((p) => ({ value: p.id, label: p.displayName ?? '' })),
        ]}
        value={participantId}
        onChange={(e) => setParticipantId(e.target.value)}
      />
      <TextField
        label={r.fields.startedOn}
        type="date"
        name="startedOn"
        value={startedOn}
        onChange={(e) => setStartedOn(e.target.value)}
      />
      <button type="submit" className="button button--secondary">
        {ui.addVolunteer}
      </button>
    </form>
  );
}

function Content() {
  const [year, setYear] = useState(Number(todayInDenmark().slice(0, 4)));
  const volunteers = useVolunteers(year);
  const years = Array.from({ length: 6 }, (_, i) => Number(todayInDenmark().slice(0, 4)) + 1 - i);
  return (
    <>
      <p className="lead">{ui.volunteersIntro}</p>
      <SelectField
        label={ui.year}
        name="year"
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(e) => setYear(Number(e.target.value))}
      />
      <section className="panel" aria-busy={volunteers.isPending} aria-label={ui.volunteersCaption}>
        {volunteers.isError ? <QueryError error={volunteers.error} /> : null}
        {volunteers.data ? (
          <>
            <p role="status">
              {fill(ui.newInYear, { year: volunteers.data.year, count: volunteers.data.newInYear })}
            </p>
            <DataTable
              caption={ui.volunteersCaption}
              columns={COLUMNS}
              rows={volunteers.data.volunteers}
              rowKey={(v) => v.id}
              emptyText={ui.noVolunteers}
            />
          </>
        ) : null}
        <AddVolunteer />
      </section>
    </>
  );
}

export function VolunteersPage() {
  return (
    <Page title={ui.volunteersTitle}>
      <p>
        <Link to="/deltagere">{da.nav.participants}</Link>
      </p>
      <RegistrationGate>
        <Content />
      </RegistrationGate>
    </Page>
  );
}
