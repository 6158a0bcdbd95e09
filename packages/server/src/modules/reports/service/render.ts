import { da } from '@helhed/core';
import { type ExportFormat, type SheetSection, toCsv, toXlsx } from '../../../platform/export/index.ts';
import type { AnnualReport } from '../contract/annual.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import { annualPdf } from './pdf-annual.ts';
import { quarterlyPdf } from './pdf-quarterly.ts';
import { annualSheets } from './sheets-annual.ts';
import { quarterlySheets, quarterTitle } from './sheets-quarterly.ts';

/**
 * The quarterly report as a download: CSV (text), XLSX or PDF (bytes). Same numbers as the JSON; the
 * sections of other modules (the milepæle, sections.ts) come last, as their own sheets.
 */
export async function renderQuarterly(
  report: QuarterlyReport,
  format: ExportFormat,
  generatedOn: Date,
  sections: readonly SheetSection[] = [],
): Promise<Buffer | string> {
  if (format === 'pdf') return quarterlyPdf(report, generatedOn, sections);
  const sheets = [...quarterlySheets(report), ...sections.map((section) => section.sheet)];
  if (format === 'csv') return toCsv(sheets);
  return toXlsx(sheets, { title: `${da.reports.quarterlyTitle} ${quarterTitle(report.quarter)}` });
}

export async function renderAnnual(
  report: AnnualReport,
  format: ExportFormat,
  generatedOn: Date,
  sections: readonly SheetSection[] = [],
) {
  if (format === 'pdf') return annualPdf(report, generatedOn, sections);
  const sheets = [...annualSheets(report), ...sections.map((section) => section.sheet)];
  if (format === 'csv') return toCsv(sheets);
  return toXlsx(sheets, { title: `${da.reports.annualTitle} ${report.year}` });
}
