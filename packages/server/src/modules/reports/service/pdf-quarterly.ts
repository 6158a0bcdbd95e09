import { da, fill, formatDate, type SafeCount } from '@helhed/core';
import { createPdfReport, type SheetSection } from '../../../platform/export/index.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import { appendSections } from './sections.ts';
import { quarterlyInfoLines, quarterlySheets, quarterTitle } from './sheets-quarterly.ts';

const c = da.reports.columns;

function show(value: SafeCount): string {
  return typeof value === 'number' ? String(value) : value;
}

/**
 * The board report (bestyrelsesrapport) of a quarter as PDF: title page, summary, one section per
 * indsatsområde with its activities' table and a chart against the same quarter a year earlier,
 * then the referrals, outcomes and boligområder. Every number comes from the report's sheets.
 */
export async function quarterlyPdf(
  report: QuarterlyReport,
  generatedOn: Date,
  sections: readonly SheetSection[] = [],
): Promise<Buffer> {
  const title = `${da.reports.boardReport}: ${da.reports.quarterlyTitle}`;
  const pdf = await createPdfReport(
    {
      title,
      subtitle: `${report.plan.name} · ${quarterTitle(report.quarter)}`,
      lines: [
        ...quarterlyInfoLines(report),
        fill(da.reports.generatedLabel, { date: formatDate(generatedOn) }),
      ],
    },
    `${report.plan.name} · ${da.reports.quarterlyTitle} ${report.quarter}${report.synthetic ? ` · ${da.reports.syntheticShort}` : ''}`,
  );
  const totals = report.totals;
  pdf.heading(da.reports.summary).paragraph(
    fill(da.reports.summaryLine, {
      started: show(totals.casesStarted),
      active: show(totals.casesActive),
      ended: show(totals.casesEnded),
      participants: show(totals.uniqueParticipants),
      referrals: show(totals.referralsReceived.total),
      sessions: String(totals.sessionsHeld),
    }),
  );
  pdf
    .paragraph(fill(da.reports.legend, { threshold: report.discretionThreshold }))
    .paragraph(da.reports.uniqueNote);
  const [, activitySheet, referralSheet, outcomeSheet, areaSheet, comparisonSheet] = quarterlySheets(report);
  if (!activitySheet || !referralSheet || !outcomeSheet || !areaSheet || !comparisonSheet) {
    throw new Error('quarterlySheets changed shape');
  }

  const focusAreas = [...new Map(report.activities.map((row) => [row.focusAreaId, row.focusAreaName]))];
  for (const [focusAreaId, focusAreaName] of focusAreas) {
    const rows = report.activities.filter((row) => row.focusAreaId === focusAreaId);
    const previous = new Map(report.comparison.activities.map((row) => [row.activityId, row]));
    pdf.heading(focusAreaName);
    pdf.table({
      ...activitySheet,
      name: focusAreaName,
      columns: activitySheet.columns.filter((column) => column.key !== 'focusArea'),
      rows: activitySheet.rows.filter((row) => row.focusArea === focusAreaName),
      note: undefined,
    } as typeof activitySheet);
    const values = rows.flatMap((row) => [row.casesActive, previous.get(row.activityId)?.casesActive]);
    // A chart needs a shown count (5 or more): a chart of zeros and "<5" has nothing to draw.
    if (!values.some((value) => typeof value === 'number' && value > 0)) continue;
    pdf.barChart({
      title: `${c.casesActive}: ${quarterTitle(report.quarter)} / ${quarterTitle(report.comparison.quarter)}`,
      categories: rows.map((row) => shorten(row.activityName)),
      series: [
        { name: report.quarter, values: rows.map((row) => row.casesActive) },
        {
          name: report.comparison.quarter,
          values: rows.map((row) => previous.get(row.activityId)?.casesActive ?? null),
        },
      ],
    });
  }
  pdf.heading(da.reports.totalRow).table(activitySheet);
  pdf.heading(referralSheet.name).table(referralSheet);
  pdf.heading(outcomeSheet.name).table(outcomeSheet);
  pdf.heading(areaSheet.name).table(areaSheet);
  if (report.areas.some((area) => typeof area.casesActive === 'number' && area.casesActive > 0)) {
    pdf.barChart({
      title: `${c.casesActive} · ${c.area}`,
      categories: report.areas.map((area) => shorten(area.areaName)),
      series: [{ name: report.quarter, values: report.areas.map((area) => area.casesActive) }],
    });
  }
  pdf.heading(comparisonSheet.name).table(comparisonSheet);
  appendSections(pdf, sections);
  return pdf.finish();
}

function shorten(text: string): string {
  return text.length > 28 ? `${text.slice(0, 27)}…` : text;
}
