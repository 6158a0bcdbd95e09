import { da, fill, formatDate } from '@helhed/core';
import type { Sheet, SheetColumn } from '../../../platform/export/index.ts';
import type { QuarterlyReport, QuarterMetrics, QuarterSection } from '../contract/quarterly.ts';

const c = da.reports.columns;
const s = da.reports.sections;

/** The report's identification lines: plan, quarter, period, synthetic marking, legend. */
export function quarterlyInfoLines(report: QuarterlyReport): string[] {
  const lines = [
    fill(da.reports.planLabel, { name: report.plan.name }),
    quarterTitle(report.quarter),
    fill(da.reports.periodLabel, {
      start: formatDate(report.period.start),
      end: formatDate(report.period.end),
    }),
    fill(da.reports.comparisonLabel, { quarter: quarterTitle(report.comparison.quarter) }),
  ];
  if (report.synthetic)
    lines.push(fill(da.reports.syntheticLabel, { seed: String(report.synthetic.seedNumber) }));
  return lines;
}

export function quarterTitle(key: string): string {
  const [year, quarter] = key.split('-Q');
  return fill(da.reports.quarterLabel, { year: year ?? '', quarter: quarter ?? '' });
}

const numeric = (key: string, label: string): SheetColumn => ({ key, label, numeric: true });

const ACTIVITY_COLUMNS: SheetColumn[] = [
  { key: 'focusArea', label: c.focusArea },
  { key: 'activity', label: c.activity },
  numeric('uniqueParticipants', c.uniqueParticipants),
  numeric('referrals', c.referralsReceived),
  numeric('casesStarted', c.casesStarted),
  numeric('casesActive', c.casesActive),
  numeric('casesEnded', c.casesEnded),
  numeric('sessionsHeld', c.sessionsHeld),
  numeric('groupParticipants', c.groupParticipants),
  numeric('attendance', c.attendance),
  numeric('volunteers', c.volunteers),
];

function metricCells(metrics: QuarterMetrics) {
  return {
    uniqueParticipants: metrics.uniqueParticipants,
    referrals: metrics.referralsReceived.total,
    casesStarted: metrics.casesStarted,
    casesActive: metrics.casesActive,
    casesEnded: metrics.casesEnded,
    sessionsHeld: metrics.sessionsHeld,
    groupParticipants: metrics.groupParticipants,
    attendance: metrics.attendance,
    volunteers: metrics.volunteers,
  };
}

function activitySheet(name: string, section: QuarterSection): Sheet {
  return {
    name,
    columns: ACTIVITY_COLUMNS,
    rows: [
      ...section.activities.map((row) => ({
        focusArea: row.focusAreaName,
        activity: row.activityName,
        ...metricCells(row),
      })),
      { focusArea: da.reports.totalRow, activity: null, ...metricCells(section.totals) },
    ],
    note: `${fill(da.reports.legend, { threshold: section.discretionThreshold })} ${da.reports.uniqueNote}`,
  };
}

function referralSheet(report: QuarterlyReport): Sheet {
  const sourceNames = da.registration.referralSources;
  const row = (label: string, metrics: QuarterMetrics) => ({
    activity: label,
    ...Object.fromEntries(
      report.referralSources.map((key) => [key, metrics.referralsReceived.bySource[key]]),
    ),
    total: metrics.referralsReceived.total,
  });
  return {
    name: s.referrals,
    columns: [
      { key: 'activity', label: c.activity },
      ...report.referralSources.map((key) => numeric(key, sourceNames[key])),
      numeric('total', da.reports.totalRow),
    ],
    rows: [
      ...report.activities.map((activity) => row(activity.activityName, activity)),
      row(da.reports.totalRow, report.totals),
    ],
    note: fill(da.reports.legend, { threshold: report.discretionThreshold }),
  };
}

function outcomeSheet(report: QuarterlyReport): Sheet {
  const outcomeNames = da.registration.outcomes;
  const row = (label: string, metrics: Pick<QuarterMetrics, 'outcomes' | 'casesEnded'>) => ({
    label,
    ...Object.fromEntries(report.outcomeKinds.map((key) => [key, metrics.outcomes[key]])),
    casesEnded: metrics.casesEnded,
  });
  return {
    name: s.outcomes,
    columns: [
      { key: 'label', label: `${c.activity} / ${c.area}` },
      ...report.outcomeKinds.map((key) => numeric(key, outcomeNames[key])),
      numeric('casesEnded', c.casesEnded),
    ],
    rows: [
      ...report.activities.map((activity) => row(activity.activityName, activity)),
      ...report.areas.map((area) => row(area.areaName, area)),
      row(da.reports.totalRow, report.totals),
    ],
    note: fill(da.reports.legend, { threshold: report.discretionThreshold }),
  };
}

function areaSheet(report: QuarterlyReport): Sheet {
  const row = (label: string, area: (typeof report.areas)[number] | QuarterSection['totals']) => ({
    area: label,
    casesStarted: area.casesStarted,
    casesActive: area.casesActive,
    casesEnded: area.casesEnded,
    cksMeetings: area.cksMeetings,
    cksAttendees: area.cksAttendees,
    safetyContacts: area.safetyContacts,
  });
  return {
    name: s.areas,
    columns: [
      { key: 'area', label: c.area },
      numeric('casesStarted', c.casesStarted),
      numeric('casesActive', c.casesActive),
      numeric('casesEnded', c.casesEnded),
      numeric('cksMeetings', c.cksMeetings),
      numeric('cksAttendees', c.cksAttendees),
      numeric('safetyContacts', c.safetyContacts),
    ],
    rows: [...report.areas.map((area) => row(area.areaName, area)), row(da.reports.totalRow, report.totals)],
    note: fill(da.reports.legend, { threshold: report.discretionThreshold }),
  };
}

/** The leverancemåling as export sheets: the same numbers as the JSON, one sheet per section. */
export function quarterlySheets(report: QuarterlyReport): Sheet[] {
  return [
    {
      name: da.reports.quarterlyTitle,
      columns: [{ key: 'line', label: da.reports.quarterlyTitle }],
      rows: [
        ...quarterlyInfoLines(report),
        fill(da.reports.legend, { threshold: report.discretionThreshold }),
      ].map((line) => ({ line })),
    },
    activitySheet(s.activities, report),
    referralSheet(report),
    outcomeSheet(report),
    areaSheet(report),
    activitySheet(`${s.comparison} (${report.comparison.quarter})`, report.comparison),
  ];
}
