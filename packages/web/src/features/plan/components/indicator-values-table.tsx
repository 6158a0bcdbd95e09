import { da, fill } from '@helhed/core';
import { formatBaseline, formatIndicatorValue } from '../lib/format.ts';
import type { Indicator, PlanArea } from '../types.ts';
import { CaptionedTable } from './table-wrap.tsx';

type IndicatorValuesTableProps = { indicator: Indicator; areas: ReadonlyArray<PlanArea> };

/** The chart's numbers as a table: one row per area and comparison, the baseline then each year. */
export function IndicatorValuesTable({ indicator, areas }: IndicatorValuesTableProps) {
  const years = [...new Set(indicator.values.map((v) => v.year))].sort((a, b) => a - b);
  const baselineHeader = fill(da.planUi.baselineRow, { year: indicator.baselineYear ?? da.planUi.notGiven });
  const comparisons = indicator.baselines.filter((b) => b.scope !== 'area');
  const caption = fill(da.planUi.valuesCaption, { indicator: indicator.name });
  return (
    <CaptionedTable
      caption={caption}
      headers={[da.planUi.area, baselineHeader, ...years.map((year) => year)]}
      testId="indicator-values"
    >
      {areas.map((area) => {
        const baselines = indicator.baselines.filter((b) => b.scope === 'area' && b.areaSlug === area.slug);
        return (
          <tr key={area.slug}>
            <th scope="row">{area.name}</th>
            <td>
              {baselines.length === 0
                ? formatBaseline(indicator.unit, undefined)
                : baselines
                    .map(
                      (b) => `${b.qualifier ? `${b.qualifier}: ` : ''}${formatBaseline(indicator.unit, b)}`,
                    )
                    .join('; ')}
            </td>
            {years.map((year) => {
              const entered = indicator.values.find((v) => v.areaSlug === area.slug && v.year === year);
              return <td key={year}>{formatIndicatorValue(indicator.unit, entered?.value ?? null)}</td>;
            })}
          </tr>
        );
      })}
      {comparisons.map((b, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list from the server, never reordered.
        <tr key={`${b.scope}-${b.label}-${index}`}>
          <th scope="row">{b.scope === 'plan' ? da.planUi.planBaseline : b.label}</th>
          <td>{formatBaseline(indicator.unit, b)}</td>
          {years.map((year) => (
            <td key={year}>{da.planUi.notGiven}</td>
          ))}
        </tr>
      ))}
    </CaptionedTable>
  );
}
