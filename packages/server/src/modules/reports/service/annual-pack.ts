import { da, fill, formatDate, formatLongDate, todayInDenmark } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { createPdfReport, type Sheet, toXlsx } from '../../../platform/export/index.ts';
import { asOfSheets, delaftalerOnDay } from '../../plan/index.ts';
import type { ActivityRow } from '../contract/quarterly.ts';
import { buildAnnualReport } from './annual.ts';
import { type Quarter, quarterOf } from './quarter.ts';
import { approvalStatusLine, quarterStateOf } from './quarter-approval.ts';
import { buildQuarterlyReport } from './quarterly.ts';
import { appendSections, boardReportSections } from './sections.ts';
import { annualSheets } from './sheets-annual.ts';

// The annual status pack for the board and LBF (issue 20, item 2): the delaftaler as they stood at
// the year's end (today for the current year) in the plan's own layout with their staff hours, the
// year's indicators against baseline and kommune, whether each quarter is approved and its
// deliveries per activity (an approved quarter's as kept at the approval, others' as of today), and
// the milepælsplan's status (the board report's sections). Every part is a report Helhed already
// publishes, discretion applied as there; nothing is summed across quarters (a sum of separately
// hidden cells could give one back).

const t = da.boardReview.pack;

/** A quarter's deliveries per activity, and whether they are the approved figures or today's. */
interface PackQuarter {
  key: string;
  /** "Godkendt [dato] af [navn]", "…, genåbnet siden" or "Ikke godkendt". */
  approval: string;
  source: keyof typeof t.figureSources;
  activities: readonly ActivityRow[];
}

/** One load of the quarter's events gives both its approval line and which figures to show. */
async function packQuarter(db: Db, planId: string, quarter: Quarter): Promise<PackQuarter> {
  const state = await quarterStateOf(db, planId, quarter);
  const base = { key: quarter.key, approval: approvalStatusLine(state) };
  const kept = state.approval?.figures as { activities?: ActivityRow[] } | null | undefined;
  if (state.state === 'approved' && kept?.activities) {
    return { ...base, source: 'approved', activities: kept.activities };
  }
  const report = await buildQuarterlyReport(db, { planId }, quarter.key);
  return {
    ...base,
    source: state.state === 'reopened' ? 'reopened' : 'current',
    activities: report.activities,
  };
}

function deliveriesSheet(quarters: readonly PackQuarter[]): Sheet {
  const c = t.columns;
  return {
    name: t.deliveriesSheet,
    columns: [
      { key: 'quarter', label: c.quarter },
      { key: 'figures', label: c.figures },
      { key: 'focusArea', label: c.focusArea },
      { key: 'activity', label: c.activity },
      { key: 'participants', label: c.participants, numeric: true },
      { key: 'casesStarted', label: c.casesStarted, numeric: true },
      { key: 'sessions', label: c.sessions, numeric: true },
      { key: 'attendance', label: c.attendance, numeric: true },
      { key: 'volunteers', label: c.volunteers, numeric: true },
    ],
    rows: quarters.flatMap((quarter) =>
      quarter.activities.map((row) => ({
        quarter: quarter.key.replace('-Q', '-K'),
        figures: t.figureSources[quarter.source],
        focusArea: row.focusAreaName,
        activity: row.activityName,
        participants: row.uniqueParticipants,
        casesStarted: row.casesStarted,
        sessions: row.sessionsHeld,
        attendance: row.attendance,
        volunteers: row.volunteers,
      })),
    ),
    note: t.deliveriesNote,
  };
}

/** Whether each quarter of the year was approved, by whom and when (issue 20, item 1). */
function approvalSheet(quarters: readonly PackQuarter[]): Sheet {
  return {
    name: t.approvalSheet,
    columns: [
      { key: 'quarter', label: t.columns.quarter },
      { key: 'approval', label: t.columns.approval },
    ],
    rows: quarters.map((quarter) => ({
      quarter: quarter.key.replace('-Q', '-K'),
      approval: quarter.approval,
    })),
  };
}

/** The pack for a year as XLSX or PDF, with its file name. */
export async function annualPack(
  db: Db,
  ctx: RequestContext,
  yearInput: string,
  format: 'xlsx' | 'pdf',
): Promise<{ name: string; content: Buffer }> {
  const { plan } = ctx.actor;
  const annual = await buildAnnualReport(db, { planId: plan.id }, yearInput);
  const year = annual.year;
  const today = todayInDenmark();
  const day = `${year}-12-31` < today ? `${year}-12-31` : today;
  const started = ([1, 2, 3, 4] as const).map((n) => quarterOf(year, n)).filter((q) => q.start <= today);
  const [delaftaler, quarters, sections] = await Promise.all([
    delaftalerOnDay(db, plan.id, day),
    Promise.all(started.map((q) => packQuarter(db, plan.id, q))),
    boardReportSections(db, plan.id, new Date()),
  ]);
  const [, ...indicatorSheets] = annualSheets(annual);
  const approvals = approvalSheet(quarters);
  const deliveries = deliveriesSheet(quarters);
  const title = fill(t.title, { year });
  const name = fill(t.fileName, { slug: plan.slug, year });
  if (format === 'xlsx') {
    const sheets = [
      ...asOfSheets(delaftaler),
      ...indicatorSheets,
      approvals,
      deliveries,
      ...sections.map((x) => x.sheet),
    ];
    return { name, content: await toXlsx(sheets, { title }) };
  }
  const pdf = await createPdfReport(
    {
      title,
      subtitle: plan.name,
      lines: [t.intro, fill(da.reports.generatedLabel, { date: formatDate(new Date()) })],
    },
    `${plan.name} · ${title}`,
  );
  pdf.heading(fill(t.delaftalerHeading, { date: formatLongDate(day) }));
  for (const sheet of asOfSheets(delaftaler)) pdf.heading(sheet.name, 2).table(sheet);
  pdf.heading(t.indicatorsHeading);
  for (const sheet of indicatorSheets) pdf.heading(sheet.name, 2).table(sheet);
  pdf.heading(t.deliveriesHeading);
  if (quarters.length === 0) pdf.paragraph(t.noQuarters);
  else pdf.table(approvals).table(deliveries);
  appendSections(pdf, sections);
  return { name, content: await pdf.finish() };
}
