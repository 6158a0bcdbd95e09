import { da, fill } from '@helhed/core';
import {
  type BarChart,
  barChartAlt,
  chartHeight,
  drawBarChart,
  drawLineChart,
  type LineChart,
  lineChartAlt,
} from './pdf-charts.ts';
import { drawTable } from './pdf-table.ts';
import { BOLD, createTaggedPdf, FONT } from './pdf-tagged.ts';
import type { Sheet } from './sheet.ts';

/**
 * A Danish A4 report in PDF built from headings, paragraphs, the export sheets and charts; tagged
 * (pdf-tagged.ts): the title is H1, a heading of level 1 or 2 is H2 or H3, paragraphs P, sheets
 * Table with TH header cells, charts a Figure whose alternative text gives every figure. Reading
 * order is the order of the calls; page numbers are artifacts.
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

export async function createPdfReport(titlePage: PdfTitlePage, footer: string): Promise<PdfReport> {
  const pdf = await createTaggedPdf({
    title: titlePage.title,
    subject: titlePage.subtitle,
    margin: MARGIN,
    bufferPages: true,
  });
  const { doc } = pdf;
  const width = doc.page.width - 2 * MARGIN;
  /** Starts a new page when less than `height` points are left. */
  const ensureSpace = (height: number) => {
    if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
  };
  const text = (value: string) => doc.text(value, MARGIN, doc.y, { width });

  pdf.block('H1', () => {
    doc.font(BOLD).fontSize(26).text(titlePage.title, MARGIN, 200, { width });
  });
  const subtitle = titlePage.subtitle;
  if (subtitle) {
    doc.moveDown(0.5);
    pdf.block('P', () => {
      doc.font(FONT).fontSize(16);
      text(subtitle);
    });
  }
  doc.moveDown(1.5);
  for (const line of titlePage.lines ?? [])
    pdf.block('P', () => {
      doc.font(FONT).fontSize(12);
      text(line);
    });
  doc.addPage();

  const report: PdfReport = {
    heading(value, level = 1) {
      ensureSpace(level === 1 ? 80 : 50);
      doc.moveDown(level === 1 ? 0.8 : 0.5);
      pdf.block(level === 1 ? 'H2' : 'H3', () => {
        doc.font(BOLD).fontSize(level === 1 ? 18 : 13);
        text(value).moveDown(0.3);
      });
      doc.font(FONT).fontSize(10);
      return report;
    },
    paragraph(value) {
      pdf.block('P', () => {
        doc.font(FONT).fontSize(10);
        text(value).moveDown(0.5);
      });
      return report;
    },
    table(sheet) {
      drawTable(pdf, sheet, MARGIN, width, ensureSpace);
      return report;
    },
    barChart(chart) {
      ensureSpace(chartHeight(chart));
      pdf.block('Figure', () => drawBarChart(doc, chart, MARGIN, width), { alt: barChartAlt(chart) });
      return report;
    },
    lineChart(chart) {
      ensureSpace(chartHeight(chart));
      pdf.block('Figure', () => drawLineChart(doc, chart, MARGIN, width), { alt: lineChartAlt(chart) });
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
        const line = fill(da.exportPdf.pageFooter, { footer, page: index + 1, pages: range.count });
        const bottom = doc.page.height - MARGIN / 2 - 10;
        doc.page.margins.bottom = 0;
        pdf.artifact(() => {
          doc
            .font(FONT)
            .fontSize(8)
            .fillColor('#444')
            .text(line, MARGIN, bottom, { width, lineBreak: false });
          doc.fillColor('black');
        }, 'Pagination');
      }
      return pdf.finish();
    },
  };
  return report;
}
