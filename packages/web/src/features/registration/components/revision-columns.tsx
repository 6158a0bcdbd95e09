import { da, formatDateTime } from '@helhed/core';
import type { Column } from '../../../components/ui/data-table.tsx';

const r = da.registration;
const ui = da.registrationUi;

type Revision<V> = {
  changedAt: string;
  change: 'edit' | 'remove';
  reason: string;
  before: V;
  after: V | null;
  changedByName: string | null;
};

/** The columns of a history of corrections: when, what kind, why, before → after, and by whom. */
export function revisionColumns<V, R extends Revision<V>>(text: (values: V) => string): Column<R>[] {
  return [
    { key: 'at', header: r.fields.changedAt, rowHeader: true, render: (x) => formatDateTime(x.changedAt) },
    { key: 'change', header: r.fields.change, render: (x) => r.contactChanges[x.change] },
    { key: 'reason', header: r.fields.changeReason, render: (x) => x.reason },
    { key: 'before', header: r.fields.before, render: (x) => text(x.before) },
    { key: 'after', header: r.fields.after, render: (x) => (x.after ? text(x.after) : ui.noValue) },
    { key: 'by', header: r.fields.recordedBy, render: (x) => x.changedByName ?? ui.noValue },
  ];
}
