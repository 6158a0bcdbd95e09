import { da, fill, formatDate } from '@helhed/core';
import { useState } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useAddVolunteer } from '../api/add-volunteer.ts';
import { useVolunteers, type Volunteers } from '../api/get-volunteers.ts';
import { ParticipantPicker } from '../components/participant-picker.tsx';
import { RegistrationPage } from '../components/registration-page.tsx';

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
  const form = useFormSubmit({
    mutation: useAddVolunteer(),
    initial: () => ({ participantId: '', startedOn: todayInDenmark() }),
    clientKey: true,
    toBody: (v, clientKey) => ({ clientKey, ...v }),
    onSuccess: (_, _sent, controls) => {
      // The start date stays for the next volunteer.
      controls.setValues((v) => ({ ...v, participantId: '' }));
      controls.renewClientKey();
    },
  });
  return (
    <FormShell form={form} label={ui.addVolunteer} inline submitLabel={ui.addVolunteer}>
      <ParticipantPicker {...form.field('participantId')} />
      <TextField label={r.fields.startedOn} type="date" {...form.field('startedOn')} />
    </FormShell>
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
      <QuerySection query={volunteers} label={ui.volunteersCaption} retry={false} footer={<AddVolunteer />}>
        {(data) => (
          <>
            <p role="status">{fill(ui.newInYear, { year: data.year, count: data.newInYear })}</p>
            <DataTable
              caption={ui.volunteersCaption}
              columns={COLUMNS}
              rows={data.volunteers}
              rowKey={(v) => v.id}
              emptyText={ui.noVolunteers}
            />
          </>
        )}
      </QuerySection>
    </>
  );
}

export function VolunteersPage() {
  return (
    <RegistrationPage title={ui.volunteersTitle} back={{ to: '/deltagere', label: da.nav.participants }}>
      <Content />
    </RegistrationPage>
  );
}
