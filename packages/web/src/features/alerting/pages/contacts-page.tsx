import { da, fill, formatDateTime } from '@helhed/core';
import { useState } from 'react';
import { QuerySection } from '../../../components/query-section.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCan } from '../../auth/api/get-session.ts';
import { useConfirmContact } from '../api/confirm-contact.ts';
import { useActionCard } from '../api/get-action-card.ts';
import { useContacts } from '../api/get-contacts.ts';
import { useSettings } from '../api/get-settings.ts';
import { ContactForm } from '../components/contact-form.tsx';
import { SettingsForm } from '../components/settings-form.tsx';
import type { ActionCard, Contact } from '../types.ts';

const t = da.alerting.ui;

function Seats({ card, contacts }: { card: ActionCard; contacts: Contact[] }) {
  return (
    <>
      <h2 id="seats-title">{t.seats}</h2>
      <p>{t.seatsIntro}</p>
      <ul>
        {card.seats.map((seat) => (
          <li key={seat.group}>
            <strong>{da.alerting.groups[seat.group]}:</strong>{' '}
            {seat.organisations.map((org, index) => {
              const filled = contacts.some(
                (c) => c.group === seat.group && c.organisationName === org && c.isActive,
              );
              return (
                <span key={org}>
                  {index > 0 ? ', ' : ''}
                  {org}
                  {filled ? null : <span className="state--warn"> ({t.emptySeat})</span>}
                </span>
              );
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ContactsPage() {
  const can = useCan();
  const card = useActionCard();
  const contacts = useContacts();
  const settings = useSettings();
  const confirm = useConfirmContact();
  const [editing, setEditing] = useState<Contact | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const byId = new Map((contacts.data ?? []).map((c) => [c.id, c]));

  const columns: ReadonlyArray<Column<Contact>> = [
    {
      key: 'name',
      header: t.fullName,
      rowHeader: true,
      sortValue: (c) => c.fullName,
      render: (c) => c.fullName,
    },
    {
      key: 'group',
      header: t.group,
      sortValue: (c) => da.alerting.groups[c.group],
      render: (c) => da.alerting.groups[c.group],
    },
    {
      key: 'org',
      header: t.organisation,
      sortValue: (c) => c.organisationName,
      render: (c) => c.organisationName,
    },
    { key: 'role', header: t.roleTitle, sortValue: (c) => c.roleTitle, render: (c) => c.roleTitle },
    {
      key: 'email',
      header: t.email,
      sortValue: (c) => c.email,
      render: (c) => <a href={`mailto:${c.email}`}>{c.email}</a>,
    },
    { key: 'phone', header: t.phone, sortValue: (c) => c.phone, render: (c) => c.phone ?? da.web.empty },
    {
      key: 'deputy',
      header: t.deputy,
      sortValue: (c) => (c.deputyId ? (byId.get(c.deputyId)?.fullName ?? '') : null),
      render: (c) => (c.deputyId ? (byId.get(c.deputyId)?.fullName ?? '') : t.noDeputy),
    },
    {
      key: 'active',
      header: t.active,
      sortValue: (c) => (c.isActive ? 1 : 0),
      render: (c) => (c.isActive ? da.users.active : da.users.inactive),
    },
    {
      key: 'confirmed',
      header: t.lastConfirmed,
      sortValue: (c) => c.lastConfirmedAt,
      render: (c) => (c.lastConfirmedAt ? formatDateTime(c.lastConfirmedAt) : t.neverConfirmed),
    },
    {
      key: 'actions',
      header: '',
      render: (c) => (
        <span className="inline-actions">
          <button
            type="button"
            className="button button--secondary"
            aria-label={fill(t.confirmNamed, { name: c.fullName })}
            onClick={() => confirm.mutate(c.id, { onSuccess: () => setConfirmed(c.fullName) })}
          >
            {t.confirm}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-label={fill(t.editNamed, { name: c.fullName })}
            onClick={() => setEditing(c)}
          >
            {t.edit}
          </button>
        </span>
      ),
    },
  ];

  return (
    <Page title={t.contactsTitle}>
      <p className="lead">{card.data ? fill(t.keptCurrentBy, { who: card.data.keptCurrentBy }) : null}</p>
      {settings.data && !settings.data.smtpConfigured ? <p className="outbox-warning">{t.smtpOff}</p> : null}
      <QuerySection
        query={contacts}
        labelledBy="contacts-caption"
        header={<h2 id="contacts-caption">{t.contactsTitle}</h2>}
      >
        {(rows) => (
          <>
            {confirm.isError ? <Alert tone="error">{errorMessage(confirm.error)}</Alert> : null}
            {confirmed ? <Alert tone="success">{fill(t.confirmed, { name: confirmed })}</Alert> : null}
            <DataTable
              caption={t.contactsTitle}
              columns={columns}
              rows={rows}
              rowKey={(c) => c.id}
              emptyText={t.noContacts}
              filterable
              initialSort={{ key: 'group', direction: 'ascending' }}
            />
          </>
        )}
      </QuerySection>
      {card.data && contacts.data ? (
        <section className="panel">
          <ContactForm
            card={card.data}
            contacts={contacts.data}
            editing={editing}
            onDone={() => setEditing(null)}
          />
        </section>
      ) : null}
      {card.data && contacts.data ? (
        <section className="panel" aria-labelledby="seats-title">
          <Seats card={card.data} contacts={contacts.data} />
        </section>
      ) : null}
      {settings.data && can('alerting.settings.manage') ? (
        <section className="panel">
          <SettingsForm settings={settings.data} />
        </section>
      ) : null}
    </Page>
  );
}
