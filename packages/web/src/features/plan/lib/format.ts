import { da, formatHours, formatInteger } from '@helhed/core';

// The indicator and hour formats live in core (indicator-format.ts): exports use the same.
export { formatBaseline, formatHours, formatIndicatorValue } from '@helhed/core';

export function formatCount(value: number | null): string {
  return value === null ? da.planUi.notGiven : formatInteger(value);
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
