import { da, formatDate } from '@helhed/core';
import { QueryTable } from '../../../components/query-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { type CksMeeting, useCksMeetings } from '../api/get-cks-meetings.ts';
import { useRegistrationOptions } from '../api/get-options.ts';
import { type SafetyContact, useSafetyContacts } from '../api/get-safety-contacts.ts';
import { RegistrationPage } from '../components/registration-page.tsx';
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
      <QueryTable
        query={contacts}
        caption={ui.safetyCaption}
        columns={SAFETY_COLUMNS}
        rowKey={(c) => c.id}
        emptyText={ui.noSafetyContacts}
        filterable
        footer={options.data ? <SafetyContactForm options={options.data} /> : null}
      />
      <QueryTable
        query={meetings}
        caption={ui.cksCaption}
        columns={CKS_COLUMNS}
        rowKey={(m) => m.id}
        emptyText={ui.noCksMeetings}
        footer={options.data ? <CksMeetingForm options={options.data} /> : null}
      />
    </>
  );
}

export function SafetyPage() {
  return (
    <RegistrationPage title={ui.safetyTitle} back={{ to: '/forloeb', label: da.nav.cases }}>
      <Content />
    </RegistrationPage>
  );
}
