import { da, fill, formatDate } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { ListSearch } from '../../../components/list-search.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useListParams } from '../../../lib/use-list-params.ts';
import { useAddVolunteer } from '../api/add-volunteer.ts';
import {
  useVolunteerPage,
  VOLUNTEER_FILTERS,
  VOLUNTEER_PAGE_SIZE,
  type Volunteers,
} from '../api/get-volunteers.ts';
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
    sortable: true,
    render: (v) => v.displayName ?? r.fields.erased,
  },
  {
    key: 'started',
    header: r.fields.startedOn,
    sortable: true,
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
  const list = useListParams(VOLUNTEER_FILTERS, { sort: 'started', dir: 'desc' });
  const thisYear = Number(todayInDenmark().slice(0, 4));
  const year = Number(list.view.filters.year) || thisYear;
  const volunteers = useVolunteerPage(list.view, year);
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  return (
    <>
      <p className="lead">{ui.volunteersIntro}</p>
      <SelectField
        label={ui.year}
        name="year"
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={list.choose('year')}
      />
      {volunteers.data ? (
        <p role="status">
          {fill(ui.newInYear, { year: volunteers.data.year, count: volunteers.data.newInYear })}
        </p>
      ) : null}
      <ListSearch key={list.view.filters.q} list={list} label={ui.searchVolunteers} />
      <PagedTable
        query={volunteers}
        rowsOf={(page) => page.volunteers}
        list={list}
        pageSize={VOLUNTEER_PAGE_SIZE}
        caption={ui.volunteersCaption}
        pagingLabel={ui.volunteerPaging}
        columns={COLUMNS}
        rowKey={(v) => v.id}
        emptyText={ui.noVolunteers}
        footer={<AddVolunteer />}
      />
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
