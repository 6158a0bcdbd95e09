import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../export/libraries.ts';
import { AppError } from '../http/errors.ts';
import { assertCellsStorable, assertCsvWithinLimits, assertXlsxWithinLimits } from './table-file-limits.ts';

/** A table file's rows as text cells, with the row numbers a spreadsheet shows (header = 1). */
export interface TableRecord {
  row: number;
  cells: string[];
}

export class UnreadableFile extends Error {}

/** RFC 4180 CSV with `;` or `,` (whichever the header uses), UTF-8 with or without BOM. */
export function readCsv(buffer: Buffer): TableRecord[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new UnreadableFile();
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  assertCsvWithinLimits(text);
  const delimiter = (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
  const records: TableRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  const endRow = () => {
    cells.push(cell);
    records.push({ row, cells });
    row += 1;
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return records;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook. */
export async function readXlsx(buffer: Buffer): Promise<TableRecord[]> {
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  try {
    // Unpacked size and row count are checked before ExcelJS holds anything in memory.
    await assertXlsxWithinLimits(buffer);
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new UnreadableFile();
  }
  const sheet = workbook.worksheets[0];
  const records: TableRecord[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    records.push({ row: rowNumber, cells });
  });
  assertCellsStorable(records);
  return records;
}

export type TableFileKind = 'csv' | 'xlsx';

/** A CSV or XLSX file's rows; an unreadable file is an UnreadableFile, a too large one an AppError. */
export function readTableFile(file: { kind: TableFileKind; content: Buffer }): Promise<TableRecord[]> {
  return file.kind === 'csv' ? Promise.resolve(readCsv(file.content)) : readXlsx(file.content);
}

/** A header cell as compared with the known column names: NFC, trimmed, lower case, one space. */
export function headerName(cell: string): string {
  return cell.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Where each known column is in the header row (the first cell of a name wins). */
export function columnPositions<C extends string>(
  header: readonly string[],
  columns: Readonly<Record<C, readonly string[]>>,
): Map<C, number> {
  const positions = new Map<C, number>();
  header.forEach((cell, index) => {
    const name = headerName(cell);
    for (const [column, names] of Object.entries(columns) as Array<[C, readonly string[]]>) {
      if (names.includes(name) && !positions.has(column)) positions.set(column, index);
    }
  });
  return positions;
}
