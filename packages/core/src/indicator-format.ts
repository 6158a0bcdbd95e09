import { formatDecimal, formatInteger, formatPercent } from './format-da.ts';
import { da } from './messages/da.ts';

// Indicator values and baselines as the plan writes them, for the screen and every export alike.

export type IndicatorUnitKey = 'pct' | 'grade' | 'count';

/** As many decimals as the plan wrote (59.9 → 1, 94.26 → 2), but at least one, as Danish statistics do. */
function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return Math.min(Math.max(fraction.length, 1), 3);
}

/** An indicator value in da-DK: "59,9 %", "6,2", "1.643". Null is "ikke oplyst", never 0. */
export function formatIndicatorValue(unit: IndicatorUnitKey, value: number | null): string {
  if (value === null) return da.planUi.notGiven;
  if (unit === 'pct') return formatPercent(value, decimalsOf(value));
  if (unit === 'count')
    return Number.isInteger(value) ? formatInteger(value) : formatDecimal(value, decimalsOf(value));
  return formatDecimal(value, decimalsOf(value));
}

/** A baseline: its value, or "ikke målt" / "ikke oplyst" (never 0) when the plan gives none. */
export function formatBaseline(
  unit: IndicatorUnitKey,
  baseline: { value: number | null; status: string } | undefined,
): string {
  if (!baseline || baseline.value === null) {
    return baseline?.status === 'not measured' ? da.planUi.notMeasured : da.planUi.notGiven;
  }
  return formatIndicatorValue(unit, baseline.value);
}

/** Hours as the plan writes them: whole hours without decimals, "ikke oplyst" for none. */
export function formatHours(value: number | null): string {
  if (value === null) return da.planUi.notGiven;
  return Number.isInteger(value) ? formatInteger(value) : formatDecimal(value, decimalsOf(value));
}
