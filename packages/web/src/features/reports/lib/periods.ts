import { da, fill, formatInteger } from '@helhed/core';
import type { Figure, SafeCount } from '../types.ts';

/** The last quarter that has ended (the page's default), e.g. '2025-Q3'. */
export function lastCompletedQuarter(today = new Date()): string {
  const current = Math.floor(today.getMonth() / 3) + 1;
  return current === 1 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${current - 1}`;
}

/** Quarters from the plan's first year up to the last completed one, newest first. */
export function quarterOptions(firstYear: number, today = new Date()): string[] {
  const last = lastCompletedQuarter(today);
  const options: string[] = [];
  for (let year = Number(last.slice(0, 4)); year >= firstYear; year--) {
    for (let quarter = 4; quarter >= 1; quarter--) {
      const key = `${year}-Q${quarter}`;
      if (key <= last) options.push(key);
    }
  }
  return options;
}

export function quarterLabel(key: string): string {
  const [year = '', quarter = ''] = key.split('-Q');
  return fill(da.reports.quarterLabel, { year, quarter });
}

/** A count as shown: numbers in Danish format, "x" as it is. */
export function showCount(value: SafeCount | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? formatInteger(value) : value;
}

export function showFigure(value: Figure): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(value);
}

/** Sort value of a count: hidden counts sort as null (last). */
export function sortCount(value: SafeCount | undefined): number | null {
  return typeof value === 'number' ? value : null;
}
