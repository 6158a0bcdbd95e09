import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { ExportFormat } from '../../../platform/export/index.ts';
import type { AnnualReport, AnnualReportQuery } from '../contract/annual.ts';
import type { QuarterlyReport, QuarterlyReportQuery } from '../contract/quarterly.ts';
import { buildAnnualReport } from './annual.ts';
import { approvalSection } from './quarter-approval-section.ts';
import { buildQuarterlyReport } from './quarterly.ts';
import { renderAnnual, renderQuarterly } from './render.ts';
import { boardReportSections } from './sections.ts';

/** A report as JSON, or as a download (CSV, XLSX, PDF) of the same figures with its file name. */
export type ReportAnswer<T> =
  | { report: T }
  | { file: { name: string; format: ExportFormat; content: Buffer | string } };

// The Rapporter page's reports: of the signed-in user's plan only, aggregates only, discretion-safe
// (no personal data, so nothing to record in the audit log). The CLI builds the same reports by plan
// id with buildQuarterlyReport / buildAnnualReport.

export async function quarterlyReportOfPlan(
  db: Db,
  ctx: RequestContext,
  query: QuarterlyReportQuery,
): Promise<ReportAnswer<QuarterlyReport>> {
  const { plan } = ctx.actor;
  const report = await buildQuarterlyReport(db, { planId: plan.id }, query.quarter);
  if (query.format === 'json') return { report };
  const now = new Date();
  return {
    file: {
      name: `leverancemaaling-${plan.slug}-${report.quarter}`,
      format: query.format,
      // The approval comes first: "Godkendt [dato] af [navn]" and what changed after it (issue 20).
      content: await renderQuarterly(report, query.format, now, [
        await approvalSection(db, ctx, report),
        ...(await boardReportSections(db, plan.id, now)),
      ]),
    },
  };
}

export async function annualReportOfPlan(
  db: Db,
  ctx: RequestContext,
  query: AnnualReportQuery,
): Promise<ReportAnswer<AnnualReport>> {
  const { plan } = ctx.actor;
  const report = await buildAnnualReport(db, { planId: plan.id }, query.year);
  if (query.format === 'json') return { report };
  const now = new Date();
  return {
    file: {
      name: `aarlig-opfoelgning-${plan.slug}-${report.year}`,
      format: query.format,
      content: await renderAnnual(report, query.format, now, await boardReportSections(db, plan.id, now)),
    },
  };
}
