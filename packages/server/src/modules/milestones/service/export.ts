import { da, fill, formatDate } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import {
  createPdfReport,
  fingerprint,
  type GeneratedDocument,
  type Sheet,
  type SheetSection,
  toXlsx,
} from '../../../platform/export/index.ts';
import {
  findPlanName,
  lastMilestoneChange,
  listMilestoneRows,
  listSubAgreements,
  type MilestoneRow,
} from '../queries/milestones.ts';
import { countStatuses, shownStatus } from './status.ts';

// The milepælsplan as XLSX and PDF (platform/export's Sheet model), and as a section of the board
// report. Every form is rendered from the same rows with the same status rule (status.ts).

const m = da.milestones;

/** "Forsinket (datoen er passeret)": the shown status with why, in words, never by colour alone. */
export function statusText(row: Pick<MilestoneRow, 'status' | 'due_on'>, today: string): string {
  const shown = shownStatus(row, today);
  const label = m.status[shown.status];
  return shown.lateReason
    ? fill(m.statusWithReason, { status: label, reason: m.lateReason[shown.lateReason] })
    : label;
}

export function milestoneSheet(
  rows: readonly MilestoneRow[],
  today: string,
  name: string = m.planTitle,
): Sheet {
  const f = m.fields;
  return {
    name,
    columns: [
      { key: 'focusArea', label: f.focusArea },
      { key: 'subAgreement', label: f.subAgreement },
      { key: 'activity', label: f.activityShort },
      { key: 'dueOn', label: f.dueOn },
      { key: 'text', label: f.text },
      { key: 'responsible', label: f.responsible },
      { key: 'status', label: f.status },
      { key: 'doneOn', label: f.doneOn },
    ],
    rows: rows.map((row) => ({
      focusArea: row.focus_area_name,
      subAgreement: row.sub_agreement_name,
      activity: row.activity_name ?? '',
      dueOn: formatDate(row.due_on),
      text: row.text,
      responsible: row.responsible_name,
      status: statusText(row, today),
      doneOn: row.done_on ? formatDate(row.done_on) : '',
    })),
    note: m.report.note,
  };
}

function summaryOf(rows: readonly MilestoneRow[], today: string): string {
  if (rows.length === 0) return m.none;
  return fill(m.summary, { date: formatDate(today), ...countStatuses(rows, today) });
}

async function milestonePlanPdf(
  planName: string,
  subAgreements: ReadonlyArray<{ id: string; name: string }>,
  rows: MilestoneRow[],
  today: string,
): Promise<Buffer> {
  const pdf = await createPdfReport(
    {
      title: m.planTitle,
      subtitle: fill(m.export.subtitle, { plan: planName }),
      lines: [summaryOf(rows, today), fill(m.export.generated, { date: formatDate(today) })],
    },
    fill(m.export.footer, { plan: planName }),
  );
  const sheet = milestoneSheet(rows, today);
  // Every delaftale, also one without milestones: the plan shows where none are set yet.
  for (const { id, name } of subAgreements) {
    pdf.heading(name);
    if (!rows.some((row) => row.sub_agreement_id === id)) {
      pdf.paragraph(m.ui.emptySubAgreement);
      continue;
    }
    pdf.table({
      name: fill(m.ui.caption, { name }),
      columns: sheet.columns.filter((c) => c.key !== 'focusArea' && c.key !== 'subAgreement'),
      rows: sheet.rows.filter((_, index) => rows[index]?.sub_agreement_id === id),
    });
  }
  pdf.paragraph(m.report.note);
  return pdf.finish();
}

/** The milepælsplan of a plan as a download: XLSX or PDF, with its file name. */
export async function milestonePlanFile(db: Db, planId: string, format: 'xlsx' | 'pdf', today: string) {
  const [plan, subAgreements, rows] = await Promise.all([
    findPlanName(db, planId),
    listSubAgreements(db, planId),
    listMilestoneRows(db, planId),
  ]);
  const content =
    format === 'pdf'
      ? await milestonePlanPdf(plan.name, subAgreements, rows, today)
      : await toXlsx([milestoneSheet(rows, today)], { title: `${m.planTitle} · ${plan.name}` });
  return { name: `${m.export.fileName}-${plan.slug}-${today}`, content };
}

/** The milepælsplan for Landsbyggefonden's document set: its last change, version and both files. */
export async function milestonePlanDocument(
  db: Db,
  planId: string,
  today: string,
): Promise<GeneratedDocument> {
  const [rows, changedAt] = await Promise.all([
    listMilestoneRows(db, planId),
    lastMilestoneChange(db, planId),
  ]);
  return {
    changedAt,
    empty: rows.length === 0,
    version: fingerprint(
      rows.map((r) => [
        r.id,
        r.sub_agreement_id,
        r.activity_id,
        r.due_on,
        r.text,
        r.responsible_user_id,
        r.status,
        r.done_on,
      ]),
    ),
    pdf: async () => (await milestonePlanFile(db, planId, 'pdf', today)).content,
    xlsx: async () => (await milestonePlanFile(db, planId, 'xlsx', today)).content,
  };
}

/** The board report's section on the milestones: the counts as of `today` and every milestone. */
export async function milestoneReportSection(db: Db, planId: string, today: string): Promise<SheetSection> {
  const rows = await listMilestoneRows(db, planId);
  return {
    title: m.report.title,
    paragraphs: [summaryOf(rows, today)],
    sheet: milestoneSheet(rows, today, m.report.sheet),
  };
}
