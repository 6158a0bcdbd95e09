import { da, fill, formatBaseline, formatDateTime, formatHours, formatLongDate } from '@helhed/core';
import type { z } from 'zod';
import { createPdfReport, type Sheet, toXlsx } from '../../../platform/export/index.ts';
import type { SubAgreementsAsOf } from '../contract/as-of.ts';
import type { IndicatorSummary } from '../contract/indicators.ts';

// The delaftaler of a day as a download, in the plan's own layout: the delaftaler, then each
// delmål's indicators with baseline område, baseline kommune (and other comparisons), baselineår
// and datakilde, then the activities. XLSX and PDF are made from the same sheets.

type AsOf = z.infer<typeof SubAgreementsAsOf>;
type FocusArea = AsOf['focusAreas'][number];
const t = da.planAsOf.export;
const c = t.columns;

function baselines(indicator: z.infer<typeof IndicatorSummary>, scopes: readonly string[]): string {
  const picked = indicator.baselines.filter((b) => scopes.includes(b.scope));
  if (picked.length === 0) return formatBaseline(indicator.unit, undefined);
  return picked
    .map((b) => {
      const label = [b.scope === 'area' ? (b.label ?? b.areaSlug) : b.label, b.qualifier]
        .filter(Boolean)
        .join(' ');
      const value = formatBaseline(indicator.unit, b);
      return label ? `${label}: ${value}` : value;
    })
    .join('; ');
}

function subAgreementRow(focusArea: FocusArea) {
  const s = focusArea.subAgreement;
  return {
    focusArea: focusArea.name,
    subAgreement: s.name,
    period:
      s.periodStart && s.periodEnd
        ? fill(da.plan.periodRange, {
            start: formatLongDate(s.periodStart),
            end: formatLongDate(s.periodEnd),
          })
        : da.planUi.notGiven,
    parties: s.parties.map((p) => [p.title, p.organisation].filter(Boolean).join(', ')).join('; '),
    weeklyHours: formatHours(s.weeklyStaffHours),
    revision: s.revisionText ?? '',
  };
}

function goalRows(focusArea: FocusArea) {
  return focusArea.goals.flatMap((goal) =>
    goal.indicators.map((indicator) => ({
      focusArea: focusArea.name,
      goal: goal.text,
      indicator: indicator.name,
      baselineArea: baselines(indicator, ['area', 'plan']),
      baselineComparison: baselines(indicator, ['other']),
      baselineYear: indicator.baselineYear ?? da.planUi.notGiven,
      dataSource: indicator.dataSource ?? da.planUi.notGiven,
    })),
  );
}

const goalColumns = [
  { key: 'goal', label: c.goal },
  { key: 'indicator', label: c.indicator },
  { key: 'baselineArea', label: c.baselineArea },
  { key: 'baselineComparison', label: c.baselineComparison },
  { key: 'baselineYear', label: c.baselineYear },
  { key: 'dataSource', label: c.dataSource },
];

export function asOfSheets(asOf: AsOf): Sheet[] {
  return [
    {
      name: t.subAgreementsSheet,
      columns: [
        { key: 'focusArea', label: c.focusArea },
        { key: 'subAgreement', label: c.subAgreement },
        { key: 'period', label: c.period },
        { key: 'parties', label: c.parties },
        { key: 'weeklyHours', label: c.weeklyHours },
        { key: 'revision', label: c.revision },
      ],
      rows: asOf.focusAreas.map(subAgreementRow),
    },
    {
      name: t.goalsSheet,
      columns: [{ key: 'focusArea', label: c.focusArea }, ...goalColumns],
      rows: asOf.focusAreas.flatMap(goalRows),
      note: t.goalsNote,
    },
    {
      name: t.activitiesSheet,
      columns: [
        { key: 'focusArea', label: c.focusArea },
        { key: 'activity', label: c.activity },
      ],
      rows: asOf.focusAreas.flatMap((f) =>
        f.activities.map((a) => ({ focusArea: f.name, activity: a.name })),
      ),
    },
  ];
}

export function asOfFileName(asOf: AsOf): string {
  return fill(t.fileName, { date: asOf.date });
}

export function asOfXlsx(asOf: AsOf): Promise<Buffer> {
  return toXlsx(asOfSheets(asOf), { title: fill(t.title, { date: formatLongDate(asOf.date) }) });
}

/** One section per indsatsområde: the delaftale's facts, its delmål and indicators, its activities. */
export async function asOfPdf(asOf: AsOf, planName: string, generatedAt: Date): Promise<Buffer> {
  const date = formatLongDate(asOf.date);
  const pdf = await createPdfReport(
    {
      title: fill(t.title, { date }),
      subtitle: planName,
      lines: [
        fill(t.subtitleLine, { date }),
        fill(t.changesSince, { count: asOf.changesSince }),
        fill(t.generatedAt, { date: formatDateTime(generatedAt) }),
      ],
    },
    `${planName} · ${fill(t.title, { date })}`,
  );
  for (const focusArea of asOf.focusAreas) {
    const row = subAgreementRow(focusArea);
    pdf.heading(focusArea.name);
    pdf.paragraph(`${c.subAgreement}: ${row.subAgreement}`);
    pdf.paragraph(`${c.period}: ${row.period}`);
    pdf.paragraph(`${c.parties}: ${row.parties || da.planUi.notGiven}`);
    pdf.paragraph(`${c.weeklyHours}: ${row.weeklyHours}`);
    if (row.revision) pdf.paragraph(`${c.revision}: ${row.revision}`);
    pdf.table({
      name: `${t.goalsSheet} – ${focusArea.name}`,
      columns: goalColumns,
      rows: goalRows(focusArea),
      note: t.goalsNote,
    });
    pdf.heading(da.planAsOf.activities, 2);
    pdf.paragraph(focusArea.activities.map((a) => a.name).join('; ') || da.planAsOf.noActivities);
  }
  return pdf.finish();
}
