import { formatDecimal } from './format-da.ts';
import { da } from './messages/da.ts';

/** The units of Program Vollsmose's series: per cent, per 10.000, a count, or kroner. */
export type SeriesUnitKey = 'pct' | 'per10000' | 'count' | 'kr';

/** A figure with as many decimals as it has (at most two), da-DK digits and its unit: "67,5 %". */
export function formatSeriesValue(value: number, unit: SeriesUnitKey): string {
  const decimals = Math.min(2, (String(value).split('.')[1] ?? '').length);
  const text = formatDecimal(value, decimals);
  return unit === 'pct' ? `${text} %` : `${text} ${da.program.report.units[unit]}`;
}
