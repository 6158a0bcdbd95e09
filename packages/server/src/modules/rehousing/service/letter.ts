import { da, fill, formatDate } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { createTaggedPdf, PDF_BOLD, PDF_FONT } from '../../../platform/export/index.ts';
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

/**
 * The letter as a one-page A4 PDF, tagged like every PDF Helhed makes (pdf-tagged.ts): the
 * subject is the H1, each paragraph of the body (lines up to a blank line) a P.
 */
export async function letterPdf(subject: string, body: string): Promise<Buffer> {
  const pdf = await createTaggedPdf({ title: subject, margin: 60 });
  const { doc } = pdf;
  const width = doc.page.width - 120;
  pdf.block('H1', () => {
    doc.font(PDF_BOLD).fontSize(16).text(subject, 60, doc.y, { width });
  });
  doc.moveDown(1.2);
  for (const paragraph of body.split(/\n[ \t]*\n/)) {
    if (paragraph.trim() === '') continue;
    pdf.block('P', () => {
      doc.font(PDF_FONT).fontSize(11).text(paragraph, 60, doc.y, { width });
    });
    doc.moveDown(1);
  }
  return pdf.finish();
}
