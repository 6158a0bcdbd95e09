import { da, fill, formatDate } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { loadPdfKit } from '../../../platform/export/index.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import { findTemplate } from '../queries/letters.ts';

const t = da.rehousing;

/** The placeholders a letter template may use; anything else in braces is refused in Danish. */
export const PLACEHOLDERS = [
  'husstand',
  'adresse',
  'tilbud',
  'svarfrist',
  'medarbejder',
  'plan',
  'etape',
] as const;
export type LetterValues = Record<(typeof PLACEHOLDERS)[number], string>;

export function checkTemplate(text: string, field: string): void {
  for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1] ?? '';
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw fieldError(
        field,
        fill(t.errors.unknownPlaceholder, {
          felt: `{${name}}`,
          tilladte: PLACEHOLDERS.map((p) => `{${p}}`).join(', '),
        }),
      );
    }
  }
}

export async function loadTemplate(db: Db, planId: string) {
  const row = await findTemplate(db, planId);
  return {
    subject: row?.subject ?? t.letter.defaultSubject,
    body: row?.body ?? t.letter.defaultBody,
    isDefault: !row,
  };
}

/** The offer in one or two Danish sentences, leaving out what was not given. */
export function offerLine(offer: {
  rooms: number | null;
  department_name: string | null;
  organisation: string | null;
  address: string | null;
  rent_kr: string | null;
}): string {
  const place = [offer.department_name, offer.organisation, offer.address].filter(Boolean).join(', ');
  const head = offer.rooms ? fill(t.letter.offerRooms, { rooms: offer.rooms, place }) : place;
  if (offer.rent_kr === null) return `${head}.`;
  const rent = Number(offer.rent_kr).toLocaleString('da-DK', { maximumFractionDigits: 2 });
  return `${head}. ${fill(t.letter.offerRent, { rent })}`;
}

export function danishDate(day: string): string {
  return formatDate(day);
}

/** The letter as a one-page A4 PDF (PDFKit's Helvetica covers æ, ø and å). */
export async function letterPdf(subject: string, body: string): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: { Title: subject, Author: 'Helhed' },
    lang: 'da-DK',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(subject).moveDown(1.2);
  doc.font('Helvetica').fontSize(11);
  for (const line of body.split('\n')) doc.text(line === '' ? ' ' : line);
  doc.end();
  return done;
}
