import { loadPdfKit } from './libraries.ts';
import { type BarChart, drawBarChart, drawLineChart, type LineChart } from './pdf-charts.ts';
import type { Sheet, SheetCell } from './sheet.ts';

/**
 * A Danish A4 report in PDF built from headings, paragraphs, the export sheets and charts.
 * Uses PDFKit's built-in Helvetica (WinAnsi: æ, ø, å, en dash), so no font files are shipped.
 */
export interface PdfReport {
  heading(text: string, level?: 1 | 2): PdfReport;
  paragraph(text: string): PdfReport;
  table(sheet: Sheet): PdfReport;
  barChart(chart: BarChart): PdfReport;
  lineChart(chart: LineChart): PdfReport;
  newPage(): PdfReport;
  finish(): Promise<Buffer>;
}

export interface PdfTitlePage {
  title: string;
  subtitle?: string;
  /** Lines under the title: plan, period, generated at, marking such as "Syntetiske data". */
  lines?: string[];
}

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

export async function createPdfReport(titlePage: PdfTitlePage, footer: string): Promise<PdfReport> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: titlePage.title, Author: 'Helhed', Subject: titlePage.subtitle ?? titlePage.title },
    lang: 'da-DK',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  doc
    .font(BOLD)
    .fontSize(26)
    .text(titlePage.title, MARGIN, 200, { width: contentWidth(doc) });
  if (titlePage.subtitle) doc.moveDown(0.5).font(FONT).fontSize(16).text(titlePage.subtitle);
  doc.moveDown(1.5).font(FONT).fontSize(12);
  for (const line of titlePage.lines ?? []) doc.text(line);
  doc.addPage();

  const report: PdfReport = {
    heading(text, level = 1) {
      ensureSpace(doc, level === 1 ? 80 : 50);
      doc
        .moveDown(level === 1 ? 0.8 : 0.5)
        .font(BOLD)
        .fontSize(level === 1 ? 18 : 13);
      doc.text(text, MARGIN, doc.y, { width: contentWidth(doc) }).moveDown(0.3);
      doc.font(FONT).fontSize(10);
      return report;
    },
    paragraph(text) {
      doc
        .font(FONT)
        .fontSize(10)
        .text(text, MARGIN, doc.y, { width: contentWidth(doc) })
        .moveDown(0.5);
      return report;
    },
    table(sheet) {
      drawTable(doc, sheet);
      return report;
    },
    barChart(chart) {
      drawBarChart(doc, chart, MARGIN, contentWidth(doc), ensureSpace);
      return report;
    },
    lineChart(chart) {
      drawLineChart(doc, chart, MARGIN, contentWidth(doc), ensureSpace);
      return report;
    },
    newPage() {
      doc.addPage();
      return report;
    },
    async finish() {
      const range = doc.bufferedPageRange();
      for (let index = range.start; index < range.start + range.count; index++) {
        doc.switchToPage(index);
        const text = `${footer} · side ${index + 1} af ${range.count}`;
        const bottom = doc.page.height - MARGIN / 2 - 10;
        doc.page.margins.bottom = 0;
        doc
          .font(FONT)
          .fontSize(8)
          .fillColor('#444')
          .text(text, MARGIN, bottom, { width: contentWidth(doc), lineBreak: false });
        doc.fillColor('black');
      }
      doc.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
  return report;
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - 2 * MARGIN;
}

/** Starts a new page when less than `height` points are left. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
}

function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number')
    return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(cell);
  return cell;
}

function drawTable(doc: PDFKit.PDFDocument, sheet: Sheet): void {
  const width = contentWidth(doc);
  const count = sheet.columns.length;
  // The first column holds labels and gets more room; the others share the rest.
  const first = count > 1 ? Math.max(width * 0.3, width - (count - 1) * 55) : width;
  const other = count > 1 ? (width - first) / (count - 1) : 0;
  const widths = sheet.columns.map((_, index) => (index === 0 ? first : other));
  const fontSize = count > 8 ? 7 : 8.5;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD : FONT).fontSize(fontSize);
    const heights = cells.map((text, index) => doc.heightOfString(text, { width: (widths[index] ?? 0) - 4 }));
    const height = Math.max(...heights, fontSize) + 4;
    ensureSpace(doc, height + (bold ? 20 : 0));
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((text, index) => {
      const column = sheet.columns[index];
      const align = column?.numeric && index > 0 ? 'right' : 'left';
      doc.text(text, x + 2, top + 2, { width: (widths[index] ?? 0) - 4, align });
      x += widths[index] ?? 0;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.3)
      .strokeColor('#999')
      .stroke();
    doc.y = top + height;
  };
  ensureSpace(doc, 60);
  doc.font(BOLD).fontSize(11).text(sheet.name, MARGIN, doc.y, { width }).moveDown(0.2);
  drawRow(
    sheet.columns.map((column) => column.label),
    true,
  );
  for (const row of sheet.rows)
    drawRow(
      sheet.columns.map((column) => cellText(row[column.key])),
      false,
    );
  doc.x = MARGIN;
  if (sheet.note) doc.moveDown(0.3).font(FONT).fontSize(8).text(sheet.note, MARGIN, doc.y, { width });
  doc.moveDown(0.8).fontSize(10);
}
