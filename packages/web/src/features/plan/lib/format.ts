import { da, formatDecimal, formatInteger, formatPercent } from '@helhed/core';
import type { Baseline, IndicatorUnit } from '../types.ts';

/** As many decimals as the plan wrote (59.9 → 1, 94.26 → 2), but at least one, as Danish statistics do. */
function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return Math.min(Math.max(fraction.length, 1), 3);
}

/** An indicator value in da-DK: "59,9 %", "6,2", "1.643". Null is "ikke oplyst", never 0. */
export function formatIndicatorValue(unit: IndicatorUnit, value: number | null): string {
  if (value === null) return da.planUi.notGiven;
  if (unit === 'pct') return formatPercent(value, decimalsOf(value));
  if (unit === 'count')
    return Number.isInteger(value) ? formatInteger(value) : formatDecimal(value, decimalsOf(value));
  return formatDecimal(value, decimalsOf(value));
}

export function formatBaseline(unit: IndicatorUnit, baseline: Baseline | undefined): string {
  if (!baseline || baseline.value === null) {
    return baseline?.status === 'not measured' ? da.planUi.notMeasured : da.planUi.notGiven;
  }
  return formatIndicatorValue(unit, baseline.value);
}

export function formatCount(value: number | null): string {
  return value === null ? da.planUi.notGiven : formatInteger(value);
}

export function formatHours(value: number | null): string {
  if (value === null) return da.planUi.notGiven;
  return Number.isInteger(value) ? formatInteger(value) : formatDecimal(value, decimalsOf(value));
}

/** Parses a number typed the Danish way ("59,9", "1.643" is NOT accepted as thousands to avoid ambiguity). */
export function parseDanishNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return 'invalid';
  return Number(trimmed.replace(',', '.'));
}

/** The first four-digit year in a baseline year as written ("September 2023" → 2023). */
export function baselineYearNumber(text: string | null): number | null {
  const match = text ? /\b(19|20)\d{2}\b/.exec(text) : null;
  return match ? Number(match[0]) : null;
}

/** A changed field's value as text for the history (before → after); long texts are shortened. */
export function formatChangeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return da.planUi.emptyValue;
  if (typeof value === 'number') return formatHours(value);
  if (Array.isArray(value))
    return value.length ? value.map(formatChangeValue).join('; ') : da.planUi.emptyValue;
  if (typeof value === 'object') {
    // E.g. a party {title, organisation, includes}: its texts, not its JSON.
    return Object.values(value as Record<string, unknown>)
      .filter((part) => typeof part === 'string' || typeof part === 'number')
      .map(formatChangeValue)
      .join(', ');
  }
  const text = String(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** An activity's form ('group', 'individual' …) in Danish; an unknown text is shown as written. */
export function formatActivityFormat(format: string | null): string {
  if (!format) return da.web.empty;
  return da.planUi.formats[format] ?? format;
}
