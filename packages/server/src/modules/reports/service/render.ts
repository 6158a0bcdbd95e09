import { da } from '@helhed/core';
import { type ExportFormat, toCsv, toXlsx } from '../../../platform/export/index.ts';
import type { AnnualReport } from '../contract/annual.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import { annualPdf } from './pdf-annual.ts';
import { quarterlyPdf } from './pdf-quarterly.ts';
import { annualSheets } from './sheets-annual.ts';
import { quarterlySheets, quarterTitle } from './sheets-quarterly.ts';

/** The quarterly report as a download: CSV (text), XLSX or PDF (bytes). Same numbers as the JSON. */
export async function renderQuarterly(
  report: QuarterlyReport,
  format: ExportFormat,
  generatedOn: Date,
): Promise<Buffer | string> {
  if (format === 'pdf') return quarterlyPdf(report, generatedOn);
  const sheets = quarterlySheets(report);
  if (format === 'csv') return toCsv(sheets);
  return toXlsx(sheets, { title: `${da.reports.quarterlyTitle} ${quarterTitle(report.quarter)}` });
}

export async function renderAnnual(report: AnnualReport, format: ExportFormat, generatedOn: Date) {
  if (format === 'pdf') return annualPdf(report, generatedOn);
  const sheets = annualSheets(report);
  if (format === 'csv') return toCsv(sheets);
  return toXlsx(sheets, { title: `${da.reports.annualTitle} ${report.year}` });
}
