import { da, fill } from '@helhed/core';
import { headerName } from '../../../platform/files/table-file.ts';
import { MAX_KRONER } from '../contract/vocabularies.ts';
import type { CostLine } from './lines.ts';

const t = da.finance.import;

/** The month of a cell in the import's year: a date, YYYY-MM, or a month number 1–12. */
export function parseMonth(text: string, year: number): { month: number } | { problem: string } {
  const value = text.trim();
  const invalid = { problem: fill(t.monthInvalid, { value, year }) };
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value);
  let y = year;
  let m: number;
  let d = 1;
  if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = iso[3] ? Number(iso[3]) : 1;
  } else if (danish) {
    d = Number(danish[1]);
    m = Number(danish[2]);
    y = Number(danish[3]);
  } else if (/^\d{1,2}$/.test(value)) m = Number(value);
  else return invalid;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return invalid;
  if (y !== year) return { problem: fill(t.monthOtherYear, { value, year }) };
  return { month: m };
}

/**
 * An amount in øre from Danish or plain notation: 1.234,50 · 1234,5 · -250 · 1234.56 (as an XLSX
 * number reads). A dot before exactly three digits groups thousands; before one or two at the end
 * it is a decimal point. "kr." and spaces are ignored; − and a leading minus mean a credit.
 */
export function parseOre(text: string): { ore: number } | { problem: string } {
  const value = text.trim();
  const plain = value
    .replace(/\s|\u00a0/g, '')
    .replace(/kr\.?$/i, '')
    .replace(/^[−–]/, '-');
  let normalized: string | null = null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(plain)) normalized = plain.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d{1,2})?$/.test(plain)) normalized = plain.replace(',', '.');
  else if (/^-?\d+\.\d{1,2}$/.test(plain)) normalized = plain;
  if (normalized === null) return { problem: fill(t.amountInvalid, { value }) };
  const ore = Math.round(Number(normalized) * 100);
  if (!Number.isSafeInteger(ore) || Math.abs(ore) > MAX_KRONER * 100)
    return { problem: fill(t.amountTooLarge, { value }) };
  return { ore };
}

const fold = (text: string) =>
  headerName(text)
    .replace(/[–—-]/g, '-')
    .replace(/\s*-\s*/g, ' - ');

/** The names a cost line is known by in a file: its label, its key, and for salaries the area alone. */
export function lineNames(lines: CostLine[]): Map<string, CostLine> {
  const names = new Map<string, CostLine>();
  for (const line of lines) {
    names.set(fold(line.label), line);
    names.set(fold(line.key), line);
  }
  return names;
}

export function findLine(names: Map<string, CostLine>, text: string): CostLine | undefined {
  return names.get(fold(text));
}

/** Whole kroner of a sum of øre, half away from zero. */
export function kronerOf(ore: number): number {
  return Math.sign(ore) * Math.round(Math.abs(ore) / 100);
}
