import { da, fill, formatDate } from '@helhed/core';
import { Link, useParams } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCase } from '../api/registration-api.ts';
import { CloseCaseForm, StatusToggle } from '../components/close-case-form.tsx';
import { ContactForm } from '../components/contact-form.tsx';
import { RegistrationGate } from '../components/registration-gate.tsx';
import type { CaseDetail, Contact, Goal } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

const GOAL_COLUMNS: Column<Goal>[] = [
  { key: 'text', header: r.fields.goal, rowHeader: true, render: (g) => g.text },
  { key: 'agreedOn', header: r.fields.agreedOn, render: (g) => formatDate(g.agreedOn) },
  { key: 'agreedAt', header: r.fields.agreedAt, render: (g) => g.agreedAt ?? ui.noValue },
];

const CONTACT_COLUMNS: Column<Contact>[] = [
  { key: 'date', header: r.fields.occurredOn, rowHeader: true, render: (c) => formatDate(c.occurredOn) },
  { key: 'kind', header: r.fields.kind, render: (c) => r.contactKinds[c.kind] },
  { key: 'note', header: r.fields.note, render: (c) => c.note ?? ui.noValue },
  { key: 'by', header: r.fields.recordedBy, render: (c) => c.recordedByName ?? ui.noValue },
];

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
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} className="facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
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
          columns={GOAL_COLUMNS}
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
          columns={CONTACT_COLUMNS}
          rows={item.contacts}
          rowKey={(c) => c.id}
          emptyText={ui.noContacts}
        />
      </section>
      <section className="panel">
        {isClosed ? <p>{ui.caseClosedNote}</p> : <CloseCaseForm caseId={item.id} />}
      </section>
    </>
  );
}

function Content({ id }: { id: string }) {
  const item = useCase(id);
  return (
    <div aria-busy={item.isPending}>
      {item.isPending ? <Loading /> : null}
      {item.isError ? <QueryError error={item.error} /> : null}
      {item.data ? <Details item={item.data} /> : null}
    </div>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  return (
    <Page title={da.nav.cases}>
      <p>
        <Link to="/forloeb">{da.nav.cases}</Link>
      </p>
      <RegistrationGate>
        <Content id={id} />
      </RegistrationGate>
    </Page>
  );
}
