import { da, formatDate } from '@helhed/core';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useListParams } from '../../../lib/use-list-params.ts';
import { HISTORY_PAGE_SIZE, useCksRevisionPage, useSafetyRevisionPage } from '../api/correct-situation.ts';
import type { CksMeetingRevision, SafetyContactRevision } from '../types.ts';
import { revisionColumns } from './revision-columns.tsx';

// The history of corrected and removed tryghed contacts and CKS meetings: what each said before
// and after, why, and who changed it; newest first, a page at a time.

const r = da.registration;
const c = da.situationCorrections;

type Values<R extends { before: unknown }> = R['before'];

function contactText(v: Values<SafetyContactRevision>) {
  return [
    formatDate(v.occurredOn),
    r.reporters[v.reportedBy],
    v.place,
    v.situation,
    v.routedTo.map((x) => r.routes[x]).join(', '),
    v.followUp,
  ]
    .filter(Boolean)
    .join(' · ');
}

function meetingText(v: Values<CksMeetingRevision>) {
  return [
    formatDate(v.heldOn),
    v.attendance.map((a) => `${a.organisation}: ${a.count}`).join(', '),
    v.agreements,
  ]
    .filter(Boolean)
    .join(' · ');
}

const CONTACT_COLUMNS = revisionColumns<Values<SafetyContactRevision>, SafetyContactRevision>(contactText);
const MEETING_COLUMNS = revisionColumns<Values<CksMeetingRevision>, CksMeetingRevision>(meetingText);
const NEWEST = { sort: 'changed', dir: 'desc' } as const;

export function SafetyContactHistory() {
  const list = useListParams([] as const, NEWEST, 'th-');
  return (
    <PagedTable
      query={useSafetyRevisionPage(list.view)}
      rowsOf={(page) => page.revisions}
      list={list}
      pageSize={HISTORY_PAGE_SIZE}
      caption={c.contactHistoryCaption}
      pagingLabel={c.contactHistoryPaging}
      columns={CONTACT_COLUMNS}
      rowKey={(x) => x.id}
      emptyText={c.noHistory}
    />
  );
}

export function CksMeetingHistory() {
  const list = useListParams([] as const, NEWEST, 'ch-');
  return (
    <PagedTable
      query={useCksRevisionPage(list.view)}
      rowsOf={(page) => page.revisions}
      list={list}
      pageSize={HISTORY_PAGE_SIZE}
      caption={c.meetingHistoryCaption}
      pagingLabel={c.meetingHistoryPaging}
      columns={MEETING_COLUMNS}
      rowKey={(x) => x.id}
      emptyText={c.noHistory}
    />
  );
}
