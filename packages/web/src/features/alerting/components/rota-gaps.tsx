import { da, fill, formatDateTime } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { type GapRange, useRotaGaps } from '../api/get-rota-gaps.ts';

const t = da.alertingAlive.ui;

const COLUMNS: ReadonlyArray<Column<GapRange>> = [
  {
    key: 'from',
    header: t.gapFrom,
    rowHeader: true,
    render: (g) => formatDateTime(g.startsAt),
    sortValue: (g) => Date.parse(g.startsAt),
  },
  { key: 'to', header: t.gapTo, render: (g) => formatDateTime(g.endsAt) },
  {
    key: 'kind',
    header: t.gapKind,
    render: (g) => <span className="state state--bad">{da.alertingAlive.gapKinds[g.kind]}</span>,
  },
  { key: 'hours', header: t.gapHours, render: (g) => String(g.hours) },
];

/** Vagtplan: every stretch of the next 30 days without a chief (or without a deputy), in red. */
export function RotaGaps() {
  const gaps = useRotaGaps();
  const total = (gaps.data ?? []).reduce((sum, g) => sum + g.hours, 0);
  return (
    <QuerySection
      query={gaps}
      labelledBy="rota-gaps-title"
      header={
        <>
          <h2 id="rota-gaps-title">{t.gapsTitle}</h2>
          <p>{t.gapsIntro}</p>
        </>
      }
      isEmpty={(ranges) => ranges.length === 0}
      emptyText={t.gapsNone}
    >
      {(ranges) => (
        <>
          <p className="state state--bad">{fill(t.gapsCount, { hours: String(total) })}</p>
          <DataTable
            caption={t.gapsTitle}
            columns={COLUMNS}
            rows={ranges}
            rowKey={(g) => `${g.startsAt}-${g.kind}`}
            emptyText={t.gapsNone}
            initialSort={{ key: 'from', direction: 'ascending' }}
          />
        </>
      )}
    </QuerySection>
  );
}
