import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useRegistrationOptions } from '../api/registration-api.ts';
import {
  type CksMeeting,
  type SafetyContact,
  useCksMeetings,
  useSafetyContacts,
} from '../api/situations-api.ts';
import { RegistrationGate } from '../components/registration-gate.tsx';
import { CksMeetingForm, SafetyContactForm } from '../components/situation-forms.tsx';

const r = da.registration;
const ui = da.registrationUi;

const SAFETY_COLUMNS: Column<SafetyContact>[] = [
  {
    key: 'date',
    header: r.fields.occurredOn,
    rowHeader: true,
    sortValue: (c) => c.occurredOn,
    render: (c) => formatDate(c.occurredOn),
  },
  { key: 'by', header: ui.reportedBy, render: (c) => r.reporters[c.reportedBy] },
  { key: 'place', header: ui.place, render: (c) => c.place ?? ui.noValue },
  { key: 'situation', header: ui.situation, render: (c) => c.situation },
  {
    key: 'routed',
    header: ui.routedTo,
    render: (c) => c.routedTo.map((x) => r.routes[x]).join(', ') || ui.noValue,
  },
  { key: 'followUp', header: ui.followUp, render: (c) => c.followUp ?? ui.noValue },
];

const CKS_COLUMNS: Column<CksMeeting>[] = [
  {
    key: 'date',
    header: ui.heldOnCks,
    rowHeader: true,
    sortValue: (m) => m.heldOn,
    render: (m) => formatDate(m.heldOn),
  },
  {
    key: 'attendance',
    header: ui.cksAttendance,
    render: (m) => m.attendance.map((a) => `${a.organisation}: ${a.count}`).join(', '),
  },
  { key: 'agreements', header: ui.agreements, render: (m) => m.agreements ?? ui.noValue },
];

function Content() {
  const options = useRegistrationOptions();
  const contacts = useSafetyContacts();
  const meetings = useCksMeetings();
  return (
    <>
      <p className="lead">{ui.safetyIntro}</p>
      <section className="panel" aria-busy={contacts.isPending} aria-label={ui.safetyCaption}>
        {contacts.isError ? <QueryError error={contacts.error} /> : null}
        {contacts.data ? (
          <DataTable
            caption={ui.safetyCaption}
            columns={SAFETY_COLUMNS}
            rows={contacts.data}
            rowKey={(c) => c.id}
            emptyText={ui.noSafetyContacts}
            filterable
          />
        ) : null}
        {options.data ? <SafetyContactForm options={options.data} /> : null}
      </section>
      <section className="panel" aria-busy={meetings.isPending} aria-label={ui.cksCaption}>
        {meetings.isError ? <QueryError error={meetings.error} /> : null}
        {meetings.data ? (
          <DataTable
            caption={ui.cksCaption}
            columns={CKS_COLUMNS}
            rows={meetings.data}
            rowKey={(m) => m.id}
            emptyText={ui.noCksMeetings}
          />
        ) : null}
        {options.data ? <CksMeetingForm options={options.data} /> : null}
      </section>
    </>
  );
}

export function SafetyPage() {
  return (
    <Page title={ui.safetyTitle}>
      <p>
        <Link to="/forloeb">{da.nav.cases}</Link>
      </p>
      <RegistrationGate>
        <Content />
      </RegistrationGate>
    </Page>
  );
}
