/// <reference path="./fontkit.d.ts" />
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

/**
 * ExcelJS and PDFKit (with its font parser) load on the first export or import that needs them, not
 * when the server or a CLI command starts: together they were the largest part of loading the server
 * (issue 18). Each loads once; later calls get the same module.
 */
let excel: Promise<typeof ExcelJS> | undefined;
let pdfKit: Promise<typeof PDFDocument> | undefined;
let fonts: Promise<Record<string, PdfFont>> | undefined;

/** A font parsed by fontkit, as PDFKit's `registerFont` takes it instead of a file. */
export interface PdfFont {
  layout(text: string): unknown;
}

export function loadExcelJs(): Promise<typeof ExcelJS> {
  excel ??= import('exceljs').then((module) => module.default);
  return excel;
}

export function loadPdfKit(): Promise<typeof PDFDocument> {
  pdfKit ??= import('pdfkit').then((module) => module.default);
  return pdfKit;
}

/**
 * The PDF fonts (one set per process), each read and parsed once: parsing a TTF again for every
 * document was about a fifth of a short PDF's time (issue 18). PDFKit takes a parsed font (anything
 * with `layout`) and makes each document's own subset from it; the parsed font keeps only caches of
 * the font file's tables. A failed load is not kept: the next PDF tries again.
 */
export function loadPdfFonts(files: Record<string, string>): Promise<Record<string, PdfFont>> {
  fonts ??= (async () => {
    const [{ create }, { readFile }] = await Promise.all([import('fontkit'), import('node:fs/promises')]);
    const entries = await Promise.all(
      Object.entries(files).map(async ([name, file]) => [name, create(await readFile(file))] as const),
    );
    return Object.fromEntries(entries);
  })().catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}
