import { BOLD, FONT, type TaggedPdf } from './pdf-tagged.ts';
import type { Sheet, SheetCell } from './sheet.ts';

/**
 * An export sheet as a tagged table: its name as the Caption, the column labels as TH cells
 * (scope Column) in the first TR, a TR of TD cells per row; the rules between rows are artifacts.
 */
export function drawTable(
  pdf: TaggedPdf,
  sheet: Sheet,
  left: number,
  width: number,
  ensureSpace: (height: number) => void,
): void {
  const { doc } = pdf;
  const count = sheet.columns.length;
  // The first column holds labels and gets more room; the others share the rest.
  const first = count > 1 ? Math.max(width * 0.3, width - (count - 1) * 55) : width;
  const other = count > 1 ? (width - first) / (count - 1) : 0;
  const widths = sheet.columns.map((_, index) => (index === 0 ? first : other));
  const fontSize = count > 8 ? 7 : 8.5;
  ensureSpace(60);
  const table = pdf.group('Table');
  pdf.leaf(table, 'Caption', () => {
    doc.font(BOLD).fontSize(11).text(sheet.name, left, doc.y, { width }).moveDown(0.2);
  });
  const drawRow = (cells: string[], header: boolean) => {
    doc.font(header ? BOLD : FONT).fontSize(fontSize);
    const heights = cells.map((text, index) => doc.heightOfString(text, { width: (widths[index] ?? 0) - 4 }));
    const height = Math.max(...heights, fontSize) + 4;
    ensureSpace(height + (header ? 20 : 0));
    const top = doc.y;
    const row = pdf.group('TR', table);
    let x = left;
    cells.forEach((text, index) => {
      const column = sheet.columns[index];
      const align = column?.numeric && index > 0 ? 'right' : 'left';
      const cellLeft = x;
      pdf.leaf(
        row,
        header ? 'TH' : 'TD',
        () => {
          doc.font(header ? BOLD : FONT).fontSize(fontSize);
          doc.text(text, cellLeft + 2, top + 2, { width: (widths[index] ?? 0) - 4, align });
        },
        header ? { scope: 'Column' } : {},
      );
      x += widths[index] ?? 0;
    });
    row.end();
    pdf.artifact(() => {
      doc
        .moveTo(left, top + height)
        .lineTo(left + width, top + height)
        .lineWidth(0.3)
        .strokeColor('#999')
        .stroke();
    });
    doc.y = top + height;
  };
  drawRow(
    sheet.columns.map((column) => column.label),
    true,
  );
  for (const row of sheet.rows)
    drawRow(
      sheet.columns.map((column) => cellText(row[column.key])),
      false,
    );
  table.end();
  doc.x = left;
  if (sheet.note) {
    const note = sheet.note;
    doc.moveDown(0.3);
    pdf.block('P', () => {
      doc.font(FONT).fontSize(8).text(note, left, doc.y, { width });
    });
  }
  doc.moveDown(0.8).fontSize(10);
}

export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number')
    return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(cell);
  return cell;
}
