import { da, fill, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Facts } from '../../../components/ui/facts.tsx';
import { useCase } from '../api/get-case.ts';
import { CloseCaseForm, StatusToggle } from '../components/close-case-form.tsx';
import { ContactCorrection, ContactRevisions } from '../components/contact-correction.tsx';
import { ContactForm } from '../components/contact-form.tsx';
import { GoalReachedForm } from '../components/goal-reached-form.tsx';
import { RegistrationItemPage } from '../components/registration-page.tsx';
import type { CaseDetail, Contact, Goal } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

const GOAL_COLUMNS: Column<Goal>[] = [
  { key: 'text', header: r.fields.goal, rowHeader: true, render: (g) => g.text },
  { key: 'agreedOn', header: r.fields.agreedOn, render: (g) => formatDate(g.agreedOn) },
  { key: 'agreedAt', header: r.fields.agreedAt, render: (g) => g.agreedAt ?? ui.noValue },
  {
    key: 'achievedOn',
    header: r.fields.achievedOn,
    render: (g) => (g.achievedOn ? formatDate(g.achievedOn) : g.achieved ? ui.goalReached : ui.noValue),
  },
];

/** With the forløb still open, each goal can be marked reached (or taken back). */
function goalColumns(item: CaseDetail): Column<Goal>[] {
  if (item.status === 'closed') return GOAL_COLUMNS;
  return [
    ...GOAL_COLUMNS,
    { key: 'mark', header: ui.goalAction, render: (g) => <GoalReachedForm caseId={item.id} goal={g} /> },
  ];
}

const CONTACT_COLUMNS: Column<Contact>[] = [
  { key: 'date', header: r.fields.occurredOn, rowHeader: true, render: (c) => formatDate(c.occurredOn) },
  { key: 'kind', header: r.fields.kind, render: (c) => r.contactKinds[c.kind] },
  { key: 'note', header: r.fields.note, render: (c) => c.note ?? ui.noValue },
  { key: 'by', header: r.fields.recordedBy, render: (c) => c.recordedByName ?? ui.noValue },
];

/** With the forløb still open, each logged contact can be corrected or removed, with a reason. */
function contactColumns(item: CaseDetail): Column<Contact>[] {
  if (item.status === 'closed') return CONTACT_COLUMNS;
  return [
    ...CONTACT_COLUMNS,
    {
      key: 'correct',
      header: ui.correctionColumn,
      render: (c) => <ContactCorrection key={JSON.stringify(c)} caseId={item.id} contact={c} />,
    },
  ];
}

function Details({ item }: { item: CaseDetail }) {
  const facts: Array<[string, string]> = [
    [r.fields.participant, item.participantName ?? ui.anonymousParticipant],
    [r.fields.activity, item.activityName],
    [r.fields.team, item.teamName],
    [r.fields.responsible, item.responsibleName ?? ui.noValue],
    [r.fields.startedOn, formatDate(item.startedOn)],
    [r.fields.status, r.caseStatuses[item.status]],
    [r.fields.endedOn, item.endedOn ? formatDate(item.endedOn) : ui.noValue],
    [r.fields.outcome, item.outcome ? r.outcomes[item.outcome] : ui.noValue],
  ];
  const isClosed = item.status === 'closed';
  return (
    <>
      <section className="panel" aria-labelledby="facts-title">
        <h2 id="facts-title">{fill(ui.caseTitle, { activity: item.activityName })}</h2>
        <Facts rows={facts} />
        {item.participantId && item.participantName ? (
          <p>
            <Link to={`/deltagere/${item.participantId}`}>{ui.backToParticipant}</Link>
          </p>
        ) : null}
        <StatusToggle caseId={item.id} status={item.status} />
      </section>
      <section className="panel" aria-labelledby="goals-title">
        <h2 id="goals-title">{ui.goalsSection}</h2>
        <DataTable
          caption={ui.goalsSection}
          columns={goalColumns(item)}
          rows={item.goals}
          rowKey={(g) => g.id}
          emptyText={ui.noGoals}
        />
      </section>
      <section className="panel" aria-labelledby="contacts-title">
        <h2 id="contacts-title">{ui.contactsSection}</h2>
        {isClosed ? null : <ContactForm caseId={item.id} />}
        <DataTable
          caption={ui.contactsSection}
          columns={contactColumns(item)}
          rows={item.contacts}
          rowKey={(c) => c.id}
          emptyText={ui.noContacts}
        />
        <ContactRevisions revisions={item.contactRevisions} />
      </section>
      <section className="panel">
        {isClosed ? <p>{ui.caseClosedNote}</p> : <CloseCaseForm caseId={item.id} />}
      </section>
    </>
  );
}

export function CasePage() {
  return (
    <RegistrationItemPage
      title={da.nav.cases}
      back={{ to: '/forloeb', label: da.nav.cases }}
      useItem={useCase}
    >
      {(data) => <Details item={data} />}
    </RegistrationItemPage>
  );
}
