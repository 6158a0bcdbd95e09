import { loadExcelJs } from './libraries.ts';
import type { Sheet } from './sheet.ts';

/** Renders sheets as an XLSX workbook, one worksheet per sheet, Danish headers in bold. */
export async function toXlsx(sheets: readonly Sheet[], metadata: { title: string }): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Helhed';
  workbook.title = metadata.title;
  const used = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(uniqueName(sheet.name, used));
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.label,
      key: column.key,
      width: Math.min(60, Math.max(10, column.label.length + 2)),
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) {
      worksheet.addRow(
        Object.fromEntries(sheet.columns.map((column) => [column.key, row[column.key] ?? null])),
      );
    }
    if (sheet.note) {
      worksheet.addRow([]);
      worksheet.addRow([sheet.note]).font = { italic: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function uniqueName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Ark';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}
