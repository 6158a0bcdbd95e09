import type { Indicator, PlanArea } from '../types.ts';
import { baselineYearNumber } from './format.ts';

export type SeriesRow = { year: number } & Record<string, number | null>;

/**
 * One row per year from the baseline year on, one key per area: the baseline in the baseline year,
 * then the values entered or imported. A missing value stays null (a gap), never 0.
 */
export function indicatorSeries(indicator: Indicator, areas: ReadonlyArray<PlanArea>) {
  const baselineYear = indicator.baselineYearValue ?? baselineYearNumber(indicator.baselineYear);
  const years = new Set(indicator.values.map((v) => v.year));
  if (baselineYear !== null) years.add(baselineYear);
  const sorted = [...years].sort((a, b) => a - b);
  const rows: SeriesRow[] = sorted.map((year) => {
    const row: SeriesRow = { year } as SeriesRow;
    for (const area of areas) {
      const entered = indicator.values.find((v) => v.areaSlug === area.slug && v.year === year);
      const baseline =
        year === baselineYear
          ? indicator.baselines.find(
              (b) => b.scope === 'area' && b.areaSlug === area.slug && b.value !== null,
            )
          : undefined;
      row[area.slug] = entered ? entered.value : (baseline?.value ?? null);
    }
    return row;
  });
  const seriesAreas = areas.filter((area) => rows.some((row) => row[area.slug] !== null));
  const comparisons = indicator.baselines.filter(
    (b) => (b.scope === 'other' || b.scope === 'plan') && b.value !== null,
  );
  return { rows, seriesAreas, comparisons, baselineYear, years: sorted };
}
