import { da, fill, formatDateTime, formatLongDate, formatSeriesValue } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { createPdfReport, type Sheet } from '../../../platform/export/index.ts';
import { breakNote, type ProgramReport, programReport } from './report.ts';

const t = da.program.report;

function seriesSheet(goal: ProgramReport['goals'][number]): Sheet {
  return {
    name: t.seriesSheet,
    columns: [
      { key: 'series', label: t.columns.series },
      { key: 'year', label: t.columns.year },
      { key: 'value', label: t.columns.value, numeric: true },
      { key: 'definition', label: t.columns.definition },
      { key: 'source', label: t.columns.source },
    ],
    rows: goal.series.flatMap((s) =>
      s.points.map((p) => {
        const definition = s.definitions.find((d) => d.key === p.definitionKey);
        return {
          series: s.name,
          year: String(p.year),
          value: formatSeriesValue(p.value, definition?.unit ?? 'pct'),
          definition: definition?.label ?? '',
          source: p.source,
        };
      }),
    ),
  };
}

function deliveriesSheet(goal: ProgramReport['goals'][number], quarter: string): Sheet {
  return {
    name: fill(t.activitiesHeading, { quarter }),
    columns: [
      { key: 'activity', label: t.columns.activity },
      { key: 'focusArea', label: t.columns.focusArea },
      { key: 'participants', label: t.columns.participants, numeric: true },
      { key: 'casesStarted', label: t.columns.casesStarted, numeric: true },
      { key: 'sessions', label: t.columns.sessions, numeric: true },
    ],
    rows: goal.deliveries.map((d) => ({
      activity: d.activityName,
      focusArea: d.focusAreaName,
      participants: d.uniqueParticipants,
      casesStarted: d.casesStarted,
      sessions: d.sessionsHeld,
    })),
    note: t.quarterNote,
  };
}

/** One PDF with each political goal: its chart (breaks marked), its figures with sources, its activities. */
export async function renderProgramReportPdf(report: ProgramReport): Promise<Buffer> {
  const pdf = await createPdfReport(
    {
      title: t.title,
      subtitle: report.currentPlan?.name ?? report.program.name,
      lines: [
        fill(t.owner, {
          owner: report.program.owner,
          date: report.program.decidedOn ? formatLongDate(report.program.decidedOn) : '',
        }),
        fill(t.generatedAt, { date: formatDateTime(report.generatedAt) }),
      ],
    },
    t.footer,
  );
  for (const goal of report.goals) {
    pdf.heading(fill(t.goalHeading, { position: String(goal.position), text: goal.text }));
    if (goal.series.length === 0) pdf.paragraph(t.noSeries);
    for (const s of goal.series) {
      if (s.points.length === 0) continue;
      pdf.lineChart({
        title: `${s.name} – ${s.areaLabel}`,
        unit: [...new Set(s.segmentUnits.map((u) => t.units[u]))].join(' / '),
        series: s.segmentUnits.map((_, segment) => {
          const points = s.points.filter((p) => p.segment === segment);
          const years = `${points[0]?.year ?? ''}–${points.at(-1)?.year ?? ''}`;
          return {
            name: s.segmentUnits.length > 1 ? `${s.name}, ${years}` : s.name,
            points: points.map((p) => ({ x: p.year, y: p.shownValue })),
          };
        }),
        breaks: s.breaks.map((b) => ({ x: (b.fromYear + b.toYear) / 2, label: `${b.fromYear}|${b.toYear}` })),
      });
      for (const b of s.breaks) pdf.paragraph(breakNote(b));
    }
    if (goal.series.length > 0) pdf.table(seriesSheet(goal));
    if (goal.deliveries.length === 0) pdf.paragraph(t.noActivities);
    else pdf.table(deliveriesSheet(goal, report.quarter));
  }
  return pdf.finish();
}

/** The program report as a PDF, with the file name it is downloaded under (without extension). */
export async function programReportPdf(db: Db, ctx: RequestContext, slug: string, quarter?: string) {
  const report = await programReport(db, ctx, slug, quarter);
  return {
    pdf: await renderProgramReportPdf(report),
    name: `program-${report.program.slug}-${report.quarter}`,
  };
}
