import { da, fill, formatDateTime, formatLongDate } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useQuarterApproval } from '../api/quarter-approval.ts';
import { quarterLabel } from '../lib/periods.ts';
import type { QuarterApproval, QuarterEvent } from '../types.ts';
import { ApproveForm, ReopenForm, SendBackForm } from './quarter-approval-forms.tsx';

// The quarter's approval on the report page (issue 20, item 1): "Godkendt [dato] af [navn]", what is
// reopened, the figures changed after the approval (before → after, never silent), the history;
// and, for the leader, the decisions.
const t = da.quarterApproval;
const who = (name: string | null) => name ?? t.unknownUser;
const shown = (value: number | string | null) => (value === null ? t.changes.missing : String(value));

function Status({ data }: { data: QuarterApproval }) {
  if (!data.approval) {
    return (
      <p>
        {fill(t.notApproved, { quarter: quarterLabel(data.quarter) })}{' '}
        {data.ended ? null : fill(t.notEnded, { end: formatLongDate(data.period.end) })}
      </p>
    );
  }
  const reopenings = data.events.slice(data.events.map((e) => e.kind).lastIndexOf('approved') + 1);
  return (
    <ul>
      <li>
        <strong>
          {fill(t.approvedLine, { date: formatLongDate(data.approval.at), name: who(data.approval.by) })}
        </strong>
      </li>
      {reopenings
        .filter((event) => event.kind === 'reopened')
        .map((event) => {
          const values = { date: formatLongDate(event.at), name: who(event.by), reason: event.text ?? '' };
          return (
            <li key={event.id}>
              {event.activity
                ? fill(t.reopenedActivity, { ...values, activity: event.activity.name })
                : fill(t.reopenedWhole, values)}
            </li>
          );
        })}
    </ul>
  );
}

function Changes({ data }: { data: QuarterApproval }) {
  if (!data.approval) return null;
  const c = t.changes;
  return (
    <>
      <h3>{c.title}</h3>
      {data.changes.length === 0 ? (
        <p>{c.none}</p>
      ) : (
        <>
          <p>{fill(c.intro, { date: formatLongDate(data.approval.at) })}</p>
          <DataTable
            caption={c.caption}
            columns={CHANGE_COLUMNS}
            rows={data.changes}
            rowKey={(change) => `${change.row}|${change.figure}`}
            emptyText={c.none}
          />
        </>
      )}
    </>
  );
}

const CHANGE_COLUMNS: Column<QuarterApproval['changes'][number]>[] = [
  { key: 'row', header: t.changes.row, rowHeader: true, render: (change) => change.row },
  { key: 'figure', header: t.changes.figure, render: (change) => change.figure },
  { key: 'before', header: t.changes.before, render: (change) => shown(change.before) },
  { key: 'after', header: t.changes.after, render: (change) => shown(change.after) },
];

function eventLabel(event: QuarterEvent): string {
  const h = t.history;
  if (event.kind === 'approved') return h.approved;
  if (event.kind === 'sent-back') return fill(h.sentBack, { name: event.toUser?.name ?? t.unknownUser });
  return event.activity ? fill(h.reopenedActivity, { activity: event.activity.name }) : h.reopenedWhole;
}

const HISTORY_COLUMNS: Column<QuarterEvent>[] = [
  { key: 'at', header: t.history.at, rowHeader: true, render: (event) => formatDateTime(event.at) },
  { key: 'event', header: t.history.event, render: eventLabel },
  { key: 'by', header: t.history.by, render: (event) => who(event.by) },
  {
    key: 'text',
    header: t.history.text,
    render: (event) => event.text ?? (event.kind === 'sent-back' ? t.history.hidden : ''),
  },
];

function History({ data }: { data: QuarterApproval }) {
  if (data.events.length === 0) return null;
  const h = t.history;
  return (
    <>
      <h3>{h.title}</h3>
      <DataTable
        caption={fill(h.caption, { quarter: quarterLabel(data.quarter) })}
        columns={HISTORY_COLUMNS}
        rows={data.events}
        rowKey={(event) => event.id}
        emptyText=""
      />
    </>
  );
}

export function QuarterApprovalPanel({
  quarter,
  activities,
}: {
  quarter: string;
  activities: ReadonlyArray<{ id: string; name: string }>;
}) {
  const can = useCan();
  const approval = useQuarterApproval(quarter);
  const leader = can('quarter-approval.decide');
  return (
    <section aria-labelledby="quarter-approval-title">
      <h2 id="quarter-approval-title">{t.title}</h2>
      <QuerySection query={approval} label={t.title}>
        {(data) => (
          <>
            <Status data={data} />
            {leader && data.state !== 'approved' && data.ended ? (
              <ApproveForm quarter={data.quarter} />
            ) : null}
            {leader && data.state !== 'open' ? <ReopenForm data={data} activities={activities} /> : null}
            {leader && data.state !== 'approved' ? <SendBackForm data={data} /> : null}
            <Changes data={data} />
            <History data={data} />
          </>
        )}
      </QuerySection>
    </section>
  );
}
