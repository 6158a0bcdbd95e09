import { da, formatDateTime } from '@helhed/core';
import { SelectField } from '../../../components/form/form-field.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useListParams } from '../../../lib/use-list-params.ts';
import { OUTBOX_PAGE_SIZE, useOutboxPage } from '../api/get-outbox.ts';
import type { OutboxMessage } from '../types.ts';

const t = da.alerting.ui;

const COLUMNS: ReadonlyArray<Column<OutboxMessage>> = [
  {
    key: 'subject',
    header: t.subject,
    rowHeader: true,
    render: (m) => m.subject,
  },
  { key: 'recipient', header: t.recipient, render: (m) => m.recipient },
  {
    key: 'channel',
    header: t.channel,
    render: (m) => da.alerting.channels[m.channel],
  },
  {
    key: 'status',
    header: t.status,
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
    sortable: true,
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

const STATUS_OPTIONS = [
  { value: '', label: da.web.anyValue },
  ...Object.entries(da.alerting.messageStatuses).map(([value, label]) => ({ value, label })),
];

export function OutboxPage() {
  const list = useListParams(['status'] as const, { sort: 'created', dir: 'desc' });
  const outbox = useOutboxPage(list.view);
  return (
    <Page title={t.outboxTitle}>
      <p className="lead">{t.outboxIntro}</p>
      {outbox.data && !outbox.data.smtpConfigured ? <p className="outbox-warning">{t.smtpOff}</p> : null}
      {(outbox.data?.notSent ?? 0) > 0 ? <p className="outbox-warning">{t.outboxNotSent}</p> : null}
      <section className="panel" aria-labelledby="outbox-caption">
        <h2 id="outbox-caption">{t.outboxTitle}</h2>
        <SelectField
          label={t.status}
          name="status"
          options={STATUS_OPTIONS}
          value={list.view.filters.status}
          onChange={list.choose('status')}
        />
        <PagedTable
          query={outbox}
          rowsOf={(page) => page.messages}
          list={list}
          pageSize={OUTBOX_PAGE_SIZE}
          caption={t.outboxTitle}
          pagingLabel={t.outboxPaging}
          columns={COLUMNS}
          rowKey={(m) => m.id}
          emptyText={t.noMessages}
        />
      </section>
    </Page>
  );
}
