export { toCsv } from './csv.ts';
export { fingerprint, type GeneratedDocument } from './generated-document.ts';
export { loadExcelJs } from './libraries.ts';
export type { BarChart, LineChart } from './pdf-charts.ts';
export { createPdfReport, type PdfReport, type PdfTitlePage } from './pdf-document.ts';
export { BOLD as PDF_BOLD, createTaggedPdf, FONT as PDF_FONT, type TaggedPdf } from './pdf-tagged.ts';
export {
  attachmentHeader,
  EXPORT_FORMATS,
  type ExportFormat,
  type Sheet,
  type SheetCell,
  type SheetColumn,
  type SheetSection,
} from './sheet.ts';
export { toXlsx } from './xlsx.ts';
export { createZip, type ZipFile } from './zip.ts';
