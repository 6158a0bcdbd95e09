/// <reference path="./fontkit.d.ts" />
import type ExcelJS from 'exceljs';
import type * as Fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';

/**
 * ExcelJS and PDFKit (with its font parser) load on the first export or import that needs them, not
 * when the server or a CLI command starts: together they were the largest part of loading the server
 * (issue 18). Each loads once; later calls get the same module.
 */
let excel: Promise<typeof ExcelJS> | undefined;
let pdfKit: Promise<typeof PDFDocument> | undefined;
let fontkit: Promise<typeof Fontkit> | undefined;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  excel ??= import('exceljs').then((module) => module.default);
  return excel;
}

export function loadPdfKit(): Promise<typeof PDFDocument> {
  pdfKit ??= import('pdfkit').then((module) => module.default);
  return pdfKit;
}

/** fontkit, PDFKit's font parser: Helhed parses its PDF fonts once with it (pdf-tagged.ts). */
export function loadFontkit(): Promise<typeof Fontkit> {
  fontkit ??= import('fontkit');
  return fontkit;
}
