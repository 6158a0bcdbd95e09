import { da, fill, formatDate } from '@helhed/core';
import { createPdfReport, type SheetSection } from '../../../platform/export/index.ts';
import type { AnnualReport } from '../contract/annual.ts';
import { appendSections } from './sections.ts';
import { annualInfoLines, annualSheets } from './sheets-annual.ts';

/**
 * The annual follow-up as a board report: title page, how the figures are read, then one section
 * per indsatsområde with its indicators' table and a chart of baseline against the year's values.
 */
export async function annualPdf(
  report: AnnualReport,
  generatedOn: Date,
  sections: readonly SheetSection[] = [],
): Promise<Buffer> {
  const pdf = await createPdfReport(
    {
      title: `${da.reports.boardReport}: ${da.reports.annualTitle}`,
      subtitle: `${report.plan.name} · ${report.year}`,
      lines: [...annualInfoLines(report), fill(da.reports.generatedLabel, { date: formatDate(generatedOn) })],
    },
    `${report.plan.name} · ${da.reports.annualTitle} ${report.year}${report.synthetic ? ` · ${da.reports.syntheticShort}` : ''}`,
  );
  pdf
    .heading(da.reports.summary)
    .paragraph(fill(da.reports.legend, { threshold: report.discretionThreshold }))
    .paragraph(da.reports.localRule);
  pdf.paragraph(da.reports.goalRule);
  const [, ...sheets] = annualSheets(report);
  report.focusAreas.forEach((group, index) => {
    const sheet = sheets[index];
    if (!sheet) return;
    pdf.heading(group.focusAreaName).table(sheet);
    const charted = group.indicators.filter((indicator) =>
      indicator.rows.some((row) => typeof row.value === 'number'),
    );
    for (const indicator of charted.slice(0, 6)) {
      pdf.barChart({
        title: indicator.name,
        categories: indicator.rows.map((row) => row.areaName),
        series: [
          { name: da.reports.columns.baseline, values: indicator.rows.map((row) => row.baseline) },
          { name: String(report.year), values: indicator.rows.map((row) => row.value) },
        ],
      });
    }
  });
  appendSections(pdf, sections);
  return pdf.finish();
}
