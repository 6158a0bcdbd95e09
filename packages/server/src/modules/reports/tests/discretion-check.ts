import { da } from '@helhed/core';
import ExcelJS from 'exceljs';
import type { Sheet } from '../../../platform/export/index.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import { quarterlySheets } from '../service/sheets-quarterly.ts';

/**
 * Finds counts of persons from 1 to 4 in every rendering of a quarterly report. Counts of sessions,
 * meetings and situations are not persons and may be small; they are recognised by their key
 * (JSON) or column header (CSV, XLSX) and, in the PDF (plain text, no columns), by comparing the
 * small numbers found with the small non-person cells the PDF's tables hold.
 */
const NOT_PERSONS = ['sessionsHeld', 'cksMeetings', 'safetyContacts'] as const;
const NOT_PERSON_LABELS = new Set<string>(NOT_PERSONS.map((key) => da.reports.columns[key]));

const isSmall = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;

/** Paths of small person counts in the JSON. */
export function smallInJson(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => smallInJson(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => {
      if ((NOT_PERSONS as readonly string[]).includes(key) || key === 'synthetic' || key === 'period')
        return [];
      return smallInJson(child, `${path}.${key}`);
    });
  }
  return isSmall(value) ? [path] : [];
}

/** Small person counts in a CSV written by toCsv (blocks: name line, header line, rows). */
export function smallInCsv(csv: string): string[] {
  const found: string[] = [];
  for (const block of csv.replace(/^\uFEFF/, '').split('\r\n\r\n')) {
    const [name, header, ...rows] = block.split('\r\n').filter((line) => line !== '');
    const labels = (header ?? '').split(';');
    for (const row of rows) {
      row.split(';').forEach((cell, index) => {
        if (/^[1-4]$/.test(cell) && !NOT_PERSON_LABELS.has(labels[index] ?? ''))
          found.push(`${name}: ${row}`);
      });
    }
  }
  return found;
}

export async function smallInXlsx(buffer: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const found: string[] = [];
  workbook.eachSheet((sheet) => {
    const labels = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      (row.values as unknown[]).forEach((cell, index) => {
        if (isSmall(cell) && !NOT_PERSON_LABELS.has(labels[index] ?? ''))
          found.push(`${sheet.name}!${number}`);
      });
    });
  });
  return found;
}

/** Standalone numbers 1–4 in the PDF text that no non-person table cell accounts for. */
export function unexplainedSmallInPdf(text: string, report: QuarterlyReport): string[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[1-4]$/.test(line));
  const allowed = new Map<string, number>();
  const allow = (sheet: Sheet, rows = sheet.rows) => {
    for (const column of sheet.columns) {
      if (!NOT_PERSON_LABELS.has(column.label)) continue;
      for (const row of rows) {
        const cell = row[column.key];
        if (isSmall(cell)) allowed.set(String(cell), (allowed.get(String(cell)) ?? 0) + 1);
      }
    }
  };
  const [, activities, referrals, outcomes, areas, comparison] = quarterlySheets(report);
  if (!activities || !referrals || !outcomes || !areas || !comparison) throw new Error('sheets changed');
  allow(activities, activities.rows.slice(0, -1)); // the per-indsatsområde tables
  for (const sheet of [activities, referrals, outcomes, areas, comparison]) allow(sheet);
  const unexplained: string[] = [];
  for (const line of lines) {
    const left = allowed.get(line) ?? 0;
    if (left > 0) allowed.set(line, left - 1);
    else unexplained.push(line);
  }
  return unexplained;
}
