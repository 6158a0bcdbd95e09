import { da, fill } from '@helhed/core';
import ExcelJS from 'exceljs';
import {
  assertCellsStorable,
  assertCsvWithinLimits,
  assertXlsxWithinLimits,
} from '../../../platform/files/table-file-limits.ts';
import { AppError } from '../../../platform/http/errors.ts';

// Reads an indicator file (CSV or the first sheet of an XLSX) into rows of text cells keyed by
// the Danish column names of the header row. Validation of the content is import-indicators.ts's.

export type ImportColumn = 'indikator' | 'område' | 'år' | 'værdi' | 'kilde';
const REQUIRED: ImportColumn[] = ['indikator', 'område', 'år', 'værdi'];

export interface ImportRowProblem {
  row: number;
  field?: string;
  message: string;
}

export class ImportFileInvalid extends Error {
  constructor(readonly rows: ImportRowProblem[]) {
    super(da.planApi.importInvalid);
  }
}

export interface RawImportRow {
  /** The row number as in the file (header = 1). */
  row: number;
  cells: Record<ImportColumn, string>;
}

function normaliseHeader(cell: string): ImportColumn | null {
  const name = cell.normalize('NFC').trim().toLowerCase();
  const aliases: Record<string, ImportColumn> = {
    indikator: 'indikator',
    'indikator-id': 'indikator',
    område: 'område',
    omraade: 'område',
    omrade: 'område',
    år: 'år',
    aar: 'år',
    værdi: 'værdi',
    vaerdi: 'værdi',
    kilde: 'kilde',
  };
  return aliases[name] ?? null;
}

function toRows(records: Array<{ row: number; cells: string[] }>): RawImportRow[] {
  const header = records[0];
  if (!header) throw new ImportFileInvalid([{ row: 1, message: da.planApi.importEmpty }]);
  const positions = new Map<ImportColumn, number>();
  header.cells.forEach((cell, index) => {
    const column = normaliseHeader(cell);
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = REQUIRED.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    throw new ImportFileInvalid(
      missing.map((column) => ({
        row: header.row,
        field: column,
        message: fill(da.planApi.importMissingColumn, { column }),
      })),
    );
  }
  const rows = records
    .slice(1)
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''))
    .map((record) => {
      const cell = (column: ImportColumn) => {
        const index = positions.get(column);
        return index === undefined ? '' : (record.cells[index] ?? '').trim();
      };
      return {
        row: record.row,
        cells: {
          indikator: cell('indikator'),
          område: cell('område'),
          år: cell('år'),
          værdi: cell('værdi'),
          kilde: cell('kilde'),
        },
      };
    });
  if (rows.length === 0) throw new ImportFileInvalid([{ row: 1, message: da.planApi.importEmpty }]);
  return rows;
}

/** RFC 4180 CSV with `;` or `,` (whichever the header uses), UTF-8 with or without BOM. */
export function parseCsv(buffer: Buffer): RawImportRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new ImportFileInvalid([{ row: 1, message: da.planApi.importUnreadable }]);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  assertCsvWithinLimits(text);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const records: Array<{ row: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ row, cells });
      row++;
      cells = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ row, cells });
  }
  return toRows(records);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook; row numbers as Excel shows them. */
export async function parseXlsx(buffer: Buffer): Promise<RawImportRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Unpacked size and row count are checked before ExcelJS holds anything in memory.
    await assertXlsxWithinLimits(buffer);
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new ImportFileInvalid([{ row: 1, message: da.planApi.importUnreadable }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileInvalid([{ row: 1, message: da.planApi.importEmpty }]);
  const records: Array<{ row: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    records.push({ row: rowNumber, cells });
  });
  // The header must be the sheet's first row, as in CSV.
  if (records[0] && records[0].row !== 1) records.unshift({ row: 1, cells: [] });
  assertCellsStorable(records);
  return toRows(records);
}
