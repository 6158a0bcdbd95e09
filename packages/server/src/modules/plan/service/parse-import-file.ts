import { da, fill } from '@helhed/core';
import { readCsv, readXlsx, type TableRecord, UnreadableFile } from '../../../platform/files/table-file.ts';

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

function toRows(records: TableRecord[]): RawImportRow[] {
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
  try {
    return toRows(readCsv(buffer));
  } catch (error) {
    if (error instanceof UnreadableFile) {
      throw new ImportFileInvalid([{ row: 1, message: da.planApi.importUnreadable }]);
    }
    throw error;
  }
}

/** The first worksheet of an XLSX workbook; row numbers as Excel shows them. */
export async function parseXlsx(buffer: Buffer): Promise<RawImportRow[]> {
  let records: TableRecord[];
  try {
    records = await readXlsx(buffer);
  } catch (error) {
    if (error instanceof UnreadableFile) {
      throw new ImportFileInvalid([{ row: 1, message: da.planApi.importUnreadable }]);
    }
    throw error;
  }
  // The header must be the sheet's first row, as in CSV.
  if (records[0] && records[0].row !== 1) records.unshift({ row: 1, cells: [] });
  return toRows(records);
}
