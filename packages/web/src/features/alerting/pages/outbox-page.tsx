import { da, formatDateTime } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useOutbox } from '../api/get-outbox.ts';
import type { OutboxMessage } from '../types.ts';

const t = da.alerting.ui;

const COLUMNS: ReadonlyArray<Column<OutboxMessage>> = [
  {
    key: 'subject',
    header: t.subject,
    rowHeader: true,
    sortValue: (m) => m.subject,
    render: (m) => m.subject,
  },
  { key: 'recipient', header: t.recipient, sortValue: (m) => m.recipient, render: (m) => m.recipient },
  {
    key: 'channel',
    header: t.channel,
    sortValue: (m) => m.channel,
    render: (m) => da.alerting.channels[m.channel],
  },
  {
    key: 'status',
    header: t.status,
    sortValue: (m) => m.status,
    render: (m) => (
      <span className={m.status === 'sent' ? 'state--ok' : 'state--warn'}>
        {da.alerting.messageStatuses[m.status]}
        {m.lastError ? ` (${m.lastError})` : ''}
      </span>
    ),
  },
  {
    key: 'created',
    header: t.createdAt,
    sortValue: (m) => m.createdAt,
    render: (m) => formatDateTime(m.createdAt),
  },
  {
    key: 'body',
    header: t.body,
    render: (m) => (
      <details>
        <summary>{t.body}</summary>
        <p className="message-body">{m.body}</p>
      </details>
    ),
  },
];

export function OutboxPage() {
  const outbox = useOutbox();
  const notSent = outbox.data?.messages.filter((m) => m.status === 'not_sent').length ?? 0;
  return (
    <Page title={t.outboxTitle}>
      <p className="lead">{t.outboxIntro}</p>
      {outbox.data && !outbox.data.smtpConfigured ? <p className="outbox-warning">{t.smtpOff}</p> : null}
      {notSent > 0 ? <p className="outbox-warning">{t.outboxNotSent}</p> : null}
      <QuerySection
        query={outbox}
        labelledBy="outbox-caption"
        header={<h2 id="outbox-caption">{t.outboxTitle}</h2>}
      >
        {(data) => (
          <DataTable
            caption={t.outboxTitle}
            columns={COLUMNS}
            rows={data.messages}
            rowKey={(m) => m.id}
            emptyText={t.noMessages}
            filterable
            initialSort={{ key: 'created', direction: 'descending' }}
          />
        )}
      </QuerySection>
    </Page>
  );
}
