import type { Sheet, SheetCell } from './sheet.ts';

// Danish Excel opens semicolon-separated UTF-8 with a byte-order mark without an import dialog.
const SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * Renders sheets as one CSV file: each sheet starts with its name on a line of its own, then the
 * header row and the rows; sheets are separated by an empty line. Decimal numbers use a comma.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function toCsv(sheets: readonly Sheet[]): string {
  const blocks = sheets.map((sheet) => {
    const lines = [
      csvLine([sheet.name]),
      csvLine(sheet.columns.map((column) => column.label)),
      ...sheet.rows.map((row) => csvLine(sheet.columns.map((column) => row[column.key] ?? null))),
    ];
    if (sheet.note) lines.push(csvLine([sheet.note]));
    return lines.join('\r\n');
  });
  return `${BOM}${blocks.join('\r\n\r\n')}\r\n`;
}

function csvLine(cells: readonly SheetCell[]): string {
  return cells.map(csvCell).join(SEPARATOR);
}

function csvCell(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
