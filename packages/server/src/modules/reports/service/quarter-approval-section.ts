import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { SheetCell, SheetSection } from '../../../platform/export/index.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import { approvalLines, quarterApprovalOf } from './quarter-approval.ts';
import { quarterTitle } from './sheets-quarterly.ts';

const t = da.quarterApproval.changes;

const shown = (value: number | string | null): SheetCell => (value === null ? t.missing : value);

/**
 * The quarterly report's approval section (PDF, XLSX): "Godkendt [dato] af [navn]", each reopening
 * since, and the figures changed after the approval, before → after. Never silent: a quarter that
 * is not approved says so.
 */
export async function approvalSection(
  db: Db,
  ctx: RequestContext,
  report: QuarterlyReport,
): Promise<SheetSection> {
  const view = await quarterApprovalOf(db, ctx, report.quarter, report);
  const lines = approvalLines(view, quarterTitle(view.quarter));
  const changed = view.approval !== null && view.changes.length > 0;
  return {
    title: da.quarterApproval.title,
    paragraphs: view.approval && !changed ? [...lines, t.none] : lines,
    sheet: {
      name: changed ? t.title : da.quarterApproval.title,
      columns: [
        { key: 'row', label: t.row },
        { key: 'figure', label: t.figure },
        { key: 'before', label: t.before, numeric: true },
        { key: 'after', label: t.after, numeric: true },
      ],
      rows: view.changes.map((change) => ({
        row: change.row,
        figure: change.figure,
        before: shown(change.before),
        after: shown(change.after),
      })),
      note: lines.join(' · '),
    },
  };
}
