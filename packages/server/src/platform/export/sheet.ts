/**
 * One neutral table model for every export: CSV, XLSX and PDF render the same sheets, so the
 * three formats (and the screen, which reads the same JSON) cannot disagree about a number.
 * Cells are already discretion-safe when they get here ("<5" and "x" are plain strings).
 */
export type SheetCell = string | number | null;

export interface SheetColumn {
  key: string;
  /** Danish header. */
  label: string;
  /** Right-aligned in PDF; numbers are written as numbers in XLSX. */
  numeric?: boolean;
}

export interface Sheet {
  /** Sheet name (XLSX tab, CSV section heading, PDF table heading). */
  name: string;
  columns: SheetColumn[];
  rows: Record<string, SheetCell>[];
  /** Explanation under the table, e.g. what "<5" and "x" mean. */
  note?: string;
}

/**
 * A section one module adds to another's report (the milepæle in the board report): a heading,
 * paragraphs above the table, and the table as a sheet (its own tab in XLSX, its own block in CSV).
 */
export interface SheetSection {
  title: string;
  paragraphs: string[];
  sheet: Sheet;
}

/** Content-Type and file extension of each download format. */
export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A Content-Disposition value for a download with a safe ASCII file name. */
export function attachmentHeader(baseName: string, format: ExportFormat): string {
  const safe = baseName
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'oe')
    .replace(/[åÅ]/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${safe}.${EXPORT_FORMATS[format].extension}"`;
}
