import { createHash } from 'node:crypto';
import { da, fill } from '@helhed/core';
import { hasControlCharacters, looksLikeCpr } from '../../../platform/contract/fields.ts';
import {
  columnPositions,
  readTableFile,
  type TableFileKind,
  UnreadableFile,
} from '../../../platform/files/table-file.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { ImportKind, ImportOutcome } from '../contract/imports.ts';

const t = da.imports;

/** What one row of the file does, or would do in a dry run, and why a refused one is refused. */
export interface RowReport {
  row: number;
  outcome: ImportOutcome;
  label: string;
  changes: string[];
  reasons: string[];
  duplicates: string[];
}

/** A file that cannot be imported at all (unreadable, a column missing, no rows): nothing is read. */
export class ImportFileRefused extends Error {
  constructor(readonly problems: string[]) {
    super(da.planApi.importInvalid);
  }
}

/** A row of the file: its number as a spreadsheet shows it, its known cells trimmed, all its cells. */
export interface ImportRow<C extends string> {
  row: number;
  cells: Record<C, string>;
  raw: string[];
}

export type ImportColumns<C extends string> = Readonly<Record<C, readonly string[]>>;

/** Reads the file and finds the columns by their Danish names; the first name of each is the one shown. */
export async function readImportRows<C extends string>(
  file: { kind: TableFileKind; content: Buffer },
  columns: ImportColumns<C>,
  required: readonly C[],
): Promise<Array<ImportRow<C>>> {
  let records: Awaited<ReturnType<typeof readTableFile>>;
  try {
    records = await readTableFile(file);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new ImportFileRefused([t.unreadable]);
    throw error;
  }
  const header = records[0];
  if (!header) throw new ImportFileRefused([t.noRows]);
  const positions = columnPositions(header.cells, columns);
  const missing = required.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    throw new ImportFileRefused(missing.map((c) => fill(t.columnMissing, { column: columns[c][0] ?? c })));
  }
  const rows = records
    .slice(1)
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''))
    .map((record) => {
      const cells = {} as Record<C, string>;
      for (const column of Object.keys(columns) as C[]) {
        const at = positions.get(column);
        cells[column] = at === undefined ? '' : (record.cells[at] ?? '').normalize('NFC').trim();
      }
      return { row: record.row, cells, raw: record.cells };
    });
  if (rows.length === 0) throw new ImportFileRefused([t.noRows]);
  return rows;
}

/** Why a row must not be stored whatever its columns say: a CPR number or control characters. */
export function rowHazards(raw: readonly string[]): string[] {
  if (raw.some((cell) => looksLikeCpr(cell))) return [t.reasons.cpr];
  if (raw.some((cell) => hasControlCharacters(cell))) return [t.reasons.controlCharacters];
  return [];
}

/**
 * The client key of an imported record: the same row of the same kind in the same plan gives the
 * same key, so importing a file twice creates nothing the second time.
 */
export function importKey(planId: string, kind: ImportKind, parts: readonly string[]): string {
  const hex = createHash('sha256')
    .update(JSON.stringify([planId, kind, ...parts]))
    .digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A day as ISO, from 2025-03-31, 31-03-2025, 31.03.2025 or 31/3/2025; null when not a real day. */
export function parseDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : danish
      ? [danish[3], danish[2], danish[1]]
      : [undefined, undefined, undefined];
  if (!year || !month || !day) return null;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  return value >= '2000-01-01' && value <= '2100-12-31' ? value : null;
}

/** ja/nej (also j/n, x, 1/0); empty is the fallback. Undefined when it is neither. */
export function parseYesNo(text: string, fallback: boolean): boolean | undefined {
  const value = text.toLowerCase();
  if (value === '') return fallback;
  if (['ja', 'j', 'x', '1', 'yes', 'sand'].includes(value)) return true;
  if (['nej', 'n', '0', 'no', 'falsk'].includes(value)) return false;
  return undefined;
}

/** A birth year; undefined for an empty cell, null for one that is not a plausible year. */
export function parseBirthYear(text: string): number | null | undefined {
  if (text === '') return undefined;
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= new Date().getUTCFullYear() ? year : null;
}

/** Names compared as a worker would read them: case, accents' form and extra spaces ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The Danish reason an AppError gives, for a row: its field message when it has one. */
export function reasonOf(error: unknown): string {
  if (!(error instanceof AppError)) throw error;
  return error.details?.[0]?.message ?? error.message;
}

export function refused(row: number, label: string, reasons: string[], duplicates: string[] = []): RowReport {
  return { row, outcome: 'refused', label, changes: [], reasons, duplicates };
}
