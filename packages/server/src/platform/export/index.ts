export { toCsv } from './csv.ts';
export { loadExcelJs, loadPdfKit } from './libraries.ts';
export type { BarChart, LineChart } from './pdf-charts.ts';
export { createPdfReport, type PdfReport, type PdfTitlePage } from './pdf-document.ts';
export {
  attachmentHeader,
  EXPORT_FORMATS,
  type ExportFormat,
  type Sheet,
  type SheetCell,
  type SheetColumn,
} from './sheet.ts';
export { toXlsx } from './xlsx.ts';
