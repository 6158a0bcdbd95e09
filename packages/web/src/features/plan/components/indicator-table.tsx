import { da, fill } from '@helhed/core';
import { Link } from 'react-router';
import { formatBaseline } from '../lib/format.ts';
import type { Baseline, IndicatorSummary, PlanArea } from '../types.ts';
import { Breakable } from './breakable.tsx';
import { CaptionedTable } from './table-wrap.tsx';

type BaselineColumn = { key: string; header: string; pick: (baseline: Baseline) => boolean };

/** The columns this goal needs: each plan area, the whole plan area, then each comparison (Odense Kommune …). */
function baselineColumns(indicators: ReadonlyArray<IndicatorSummary>, areas: ReadonlyArray<PlanArea>) {
  const all = indicators.flatMap((indicator) => indicator.baselines);
  const columns: BaselineColumn[] = [];
  const areaSlugs = new Set(all.filter((b) => b.scope === 'area').map((b) => b.areaSlug));
  if (areaSlugs.size > 0) {
    for (const area of areas) {
      columns.push({
        key: `area-${area.slug}`,
        header: area.name,
        pick: (b) => b.scope === 'area' && b.areaSlug === area.slug,
      });
    }
  }
  if (all.some((b) => b.scope === 'plan')) {
    columns.push({ key: 'plan', header: da.planUi.planBaseline, pick: (b) => b.scope === 'plan' });
  }
  const others = [...new Set(all.filter((b) => b.scope === 'other').map((b) => b.label))];
  for (const label of others) {
    columns.push({
      key: `other-${label}`,
      header: label,
      pick: (b) => b.scope === 'other' && b.label === label,
    });
  }
  return columns;
}

/** One cell: the baseline(s) for that column; several per area get their qualifier (e.g. "KV 21"). */
function BaselineCell({ indicator, column }: { indicator: IndicatorSummary; column: BaselineColumn }) {
  const matches = indicator.baselines.filter(column.pick);
  if (matches.length === 0) return <td>{formatBaseline(indicator.unit, undefined)}</td>;
  return (
    <td>
      {matches.map((baseline, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list from the server, never reordered.
        <span key={`${baseline.qualifier ?? ''}-${index}`} className="baseline">
          {baseline.qualifier ? `${baseline.qualifier}: ` : ''}
          {formatBaseline(indicator.unit, baseline)}
        </span>
      ))}
    </td>
  );
}

type IndicatorTableProps = {
  goal: string;
  indicators: ReadonlyArray<IndicatorSummary>;
  areas: ReadonlyArray<PlanArea>;
};

/** A goal's indicators with the baseline per area side by side with the kommune and other comparisons. */
export function IndicatorTable({ goal, indicators, areas }: IndicatorTableProps) {
  if (indicators.length === 0) return <p>{da.planUi.noIndicators}</p>;
  const columns = baselineColumns(indicators, areas);
  return (
    <CaptionedTable
      caption={fill(da.planUi.indicatorsCaption, { goal })}
      headers={[
        da.planUi.indicator,
        ...columns.map((column) => <Breakable key={column.key} text={column.header} />),
      ]}
      className="table table--compact"
    >
      {indicators.map((indicator) => (
        <tr key={indicator.id}>
          <th scope="row">
            <Link to={`/plan/indikatorer/${encodeURIComponent(indicator.id)}`}>{indicator.name}</Link>
            <span className="indicator-meta">
              {fill(da.planUi.indicatorMeta, {
                year: indicator.baselineYear ?? da.planUi.notGiven,
                source: indicator.dataSource ?? da.planUi.notGiven,
              })}
            </span>
          </th>
          {columns.map((column) => (
            <BaselineCell key={column.key} indicator={indicator} column={column} />
          ))}
        </tr>
      ))}
    </CaptionedTable>
  );
}
