import { da, formatDate } from '@helhed/core';
import { ListSearch } from '../../../components/list-search.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { useListParams } from '../../../lib/use-list-params.ts';
import { type CksMeeting, useCksMeetingPage } from '../api/get-cks-meetings.ts';
import { useRegistrationOptions } from '../api/get-options.ts';
import { type SafetyContact, SITUATION_PAGE_SIZE, useSafetyContactPage } from '../api/get-safety-contacts.ts';
import { RegistrationPage } from '../components/registration-page.tsx';
import { CksMeetingCorrection, SafetyContactCorrection } from '../components/situation-correction.tsx';
import { CksMeetingForm, SafetyContactForm } from '../components/situation-forms.tsx';
import { CksMeetingHistory, SafetyContactHistory } from '../components/situation-history.tsx';
import type { RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

const SAFETY_COLUMNS: Column<SafetyContact>[] = [
  {
    key: 'date',
    header: r.fields.occurredOn,
    rowHeader: true,
    sortable: true,
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
    sortable: true,
    render: (m) => formatDate(m.heldOn),
  },
  {
    key: 'attendance',
    header: ui.cksAttendance,
    render: (m) => m.attendance.map((a) => `${a.organisation}: ${a.count}`).join(', '),
  },
  { key: 'agreements', header: ui.agreements, render: (m) => m.agreements ?? ui.noValue },
];

/** With the form choices loaded, each row can be corrected or removed with a reason. */
function withCorrection<T>(
  columns: Column<T>[],
  options: RegistrationOptions | undefined,
  render: (row: T, options: RegistrationOptions) => React.ReactNode,
): Column<T>[] {
  if (!options) return columns;
  return [...columns, { key: 'correct', header: ui.correctionColumn, render: (row) => render(row, options) }];
}

const BY_DATE = { sort: 'date', dir: 'desc' } as const;

function Content() {
  const options = useRegistrationOptions();
  const contactList = useListParams(['q'] as const, BY_DATE);
  const meetingList = useListParams(['q'] as const, BY_DATE, 'cks-');
  const contacts = useSafetyContactPage(contactList.view);
  const meetings = useCksMeetingPage(meetingList.view);
  return (
    <>
      <p className="lead">{ui.safetyIntro}</p>
      <ListSearch key={`s${contactList.view.filters.q}`} list={contactList} label={ui.searchSafety} />
      <PagedTable
        query={contacts}
        rowsOf={(page) => page.contacts}
        list={contactList}
        pageSize={SITUATION_PAGE_SIZE}
        caption={ui.safetyCaption}
        pagingLabel={ui.safetyPaging}
        columns={withCorrection(SAFETY_COLUMNS, options.data, (contact, choices) => (
          <SafetyContactCorrection key={JSON.stringify(contact)} contact={contact} options={choices} />
        ))}
        rowKey={(c) => c.id}
        emptyText={contactList.view.filters.q ? ui.nothingFound : ui.noSafetyContacts}
        footer={options.data ? <SafetyContactForm options={options.data} /> : null}
      />
      <SafetyContactHistory />
      <ListSearch key={`c${meetingList.view.filters.q}`} list={meetingList} label={ui.searchCks} />
      <PagedTable
        query={meetings}
        rowsOf={(page) => page.meetings}
        list={meetingList}
        pageSize={SITUATION_PAGE_SIZE}
        caption={ui.cksCaption}
        pagingLabel={ui.cksPaging}
        columns={withCorrection(CKS_COLUMNS, options.data, (meeting, choices) => (
          <CksMeetingCorrection key={JSON.stringify(meeting)} meeting={meeting} options={choices} />
        ))}
        rowKey={(m) => m.id}
        emptyText={meetingList.view.filters.q ? ui.nothingFound : ui.noCksMeetings}
        footer={options.data ? <CksMeetingForm options={options.data} /> : null}
      />
      <CksMeetingHistory />
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
