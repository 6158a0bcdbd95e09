import { da, formatDate } from '@helhed/core';
import type { Column } from '../../../components/ui/data-table.tsx';
import type { CaseSummary } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

/** The columns that every list of forløb shows the same way. */
export const caseColumns = {
  start: {
    key: 'start',
    header: r.fields.startedOn,
    sortValue: (c) => c.startedOn,
    render: (c) => formatDate(c.startedOn),
  },
  status: {
    key: 'status',
    header: r.fields.status,
    sortValue: (c) => c.status,
    render: (c) => r.caseStatuses[c.status],
  },
  responsible: {
    key: 'responsible',
    header: r.fields.responsible,
    sortValue: (c) => c.responsibleName,
    render: (c) => c.responsibleName ?? ui.noValue,
  },
} satisfies Record<string, Column<CaseSummary>>;
