import { da, fill } from '@helhed/core';
import { formatBaseline } from '../lib/format.ts';
import type { IndicatorSummary, PlanArea } from '../types.ts';
import { CaptionedTable } from './table-wrap.tsx';

/** Every baseline exactly as the plan gives it, with the document's own wording. */
export function BaselinesTable({
  indicator,
  areas,
}: {
  indicator: IndicatorSummary;
  areas: ReadonlyArray<PlanArea>;
}) {
  if (indicator.baselines.length === 0) return <p>{da.planUi.noBaselines}</p>;
  const name = (slug: string | null, label: string) => areas.find((a) => a.slug === slug)?.name ?? label;
  return (
    <CaptionedTable
      caption={fill(da.planUi.baselinesCaption, { indicator: indicator.name })}
      headers={[da.planUi.area, da.planUi.baseline, da.planUi.asWritten]}
    >
      {indicator.baselines.map((b, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list from the server, never reordered.
        <tr key={`${b.scope}-${b.areaSlug ?? b.label}-${b.qualifier ?? ''}-${index}`}>
          <th scope="row">
            {b.scope === 'plan' ? da.planUi.planBaseline : name(b.areaSlug, b.label)}
            {b.qualifier ? ` (${b.qualifier})` : ''}
          </th>
          <td>{formatBaseline(indicator.unit, b)}</td>
          <td>{b.asWritten ?? da.planUi.notGiven}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
