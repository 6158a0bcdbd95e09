import type { Series, SeriesPoint } from '../types.ts';

/** One line per series and definition segment: nothing is drawn across a break. */
export type ChartLine = { key: string; name: string; seriesIndex: number; segment: number };
export type ChartRow = { year: number } & Record<string, number | undefined>;
export type ChartBreak = { x: number; label: string; seriesName: string };

export function chartModel(series: readonly Series[]) {
  const lines: ChartLine[] = [];
  const byYear = new Map<number, ChartRow>();
  const points = new Map<string, SeriesPoint>();
  const breaks: ChartBreak[] = [];
  series.forEach((s, seriesIndex) => {
    for (const segment of new Set(s.points.map((p) => p.segment))) {
      const key = `${s.key}__${segment}`;
      const first = s.points.find((p) => p.segment === segment);
      const definition = s.definitions.find((d) => d.key === first?.definitionKey);
      const suffix = s.segmentUnits.length > 1 ? ` (${definition?.label ?? ''})` : '';
      lines.push({ key, name: `${s.name}${suffix}`, seriesIndex, segment });
      for (const p of s.points.filter((q) => q.segment === segment)) {
        const row = byYear.get(p.year) ?? ({ year: p.year } as ChartRow);
        row[key] = p.shownValue;
        byYear.set(p.year, row);
        points.set(`${key}@${p.year}`, p);
      }
    }
    for (const b of s.breaks) {
      breaks.push({ x: (b.fromYear + b.toYear) / 2, label: `${b.fromYear}|${b.toYear}`, seriesName: s.name });
    }
  });
  const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  return { lines, rows, breaks, pointOf: (key: string, year: number) => points.get(`${key}@${year}`) };
}
