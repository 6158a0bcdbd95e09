import { da, fill, formatSeriesValue } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import type { Series, SeriesPoint } from '../types.ts';

const t = da.programUi;

/** The breaks of a series in words (also the legend text for the dashed lines in the chart). */
export function BreakNotes({ series }: { series: Series }) {
  if (series.breaks.length === 0) return null;
  return (
    <ul className="series-breaks">
      {series.breaks.map((b) => (
        <li key={`${b.fromYear}-${b.toYear}`} className="series-breaks__item">
          {fill(t.breakText, {
            from: String(b.fromYear),
            to: String(b.toYear),
            before: b.before.label,
            after: b.after.label,
          })}
        </li>
      ))}
    </ul>
  );
}

/** Every point of a series with its definition and source: the chart's accessible twin. */
export function SeriesPointsTable({ series }: { series: Series }) {
  const definitionOf = (p: SeriesPoint) => series.definitions.find((d) => d.key === p.definitionKey);
  const columns: Column<SeriesPoint>[] = [
    { key: 'year', header: t.columns.year, render: (p) => p.year, sortValue: (p) => p.year, rowHeader: true },
    {
      key: 'value',
      header: t.columns.value,
      render: (p) => {
        const unit = definitionOf(p)?.unit ?? 'pct';
        const text = formatSeriesValue(p.value, unit);
        return p.converted
          ? `${formatSeriesValue(p.shownValue, series.segmentUnits[p.segment] ?? unit)} (${fill(t.convertedNote, { value: text })})`
          : text;
      },
      sortValue: (p) => p.value,
    },
    { key: 'definition', header: t.columns.definition, render: (p) => definitionOf(p)?.label ?? '' },
    {
      key: 'source',
      header: t.columns.source,
      render: (p) => (
        <>
          {p.source}
          {p.quote ? <q className="series-quote">{p.quote}</q> : null}
        </>
      ),
      filterValue: (p) => p.source,
    },
  ];
  return (
    <DataTable
      caption={fill(t.pointsCaption, { series: `${series.name} (${series.areaLabel})` })}
      columns={columns}
      rows={series.points}
      rowKey={(p) => `${p.year}-${p.definitionKey}-${p.source}`}
      emptyText={t.goalNoSeries}
      initialSort={{ key: 'year', direction: 'ascending' }}
    />
  );
}
