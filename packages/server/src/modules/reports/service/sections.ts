import { todayInDenmark } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import type { PdfReport, SheetSection } from '../../../platform/export/index.ts';
import { milestoneReportSection } from '../../milestones/index.ts';

/**
 * The board report's sections from other modules, for one plan: the milepælsplan's status on the
 * day the report is made (issue 23). Plan data, not counts of persons: no discretion applies. The
 * report of all plans (benchmark, program) has none.
 */
export async function boardReportSections(
  db: Db,
  planId: string,
  generatedOn: Date,
): Promise<SheetSection[]> {
  return [await milestoneReportSection(db, planId, todayInDenmark(generatedOn))];
}

/** Each section at the end of the PDF: its heading, its paragraphs and its table (when it has rows). */
export function appendSections(pdf: PdfReport, sections: readonly SheetSection[]): void {
  for (const section of sections) {
    pdf.heading(section.title);
    for (const paragraph of section.paragraphs) pdf.paragraph(paragraph);
    if (section.sheet.rows.length > 0) pdf.table(section.sheet);
  }
}
