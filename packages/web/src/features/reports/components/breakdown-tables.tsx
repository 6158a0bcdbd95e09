import { da, fill } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { countColumn, numberColumn, textColumn } from '../lib/columns.ts';
import { quarterLabel } from '../lib/periods.ts';
import type { AreaRow, QuarterlyReport, QuarterMetrics, SafeCount } from '../types.ts';

const c = da.reports.columns;
const sources = da.registration.referralSources as Record<string, string>;
const outcomes = da.registration.outcomes as Record<string, string>;

type Counted = { key: string; label: string; cells: Record<string, SafeCount> };

type CountsProps = {
  report: QuarterlyReport;
  caption: string;
  /** The count columns in order, and their headers. */
  keys: string[];
  labels: Record<string, string>;
  cells: (row: QuarterMetrics) => Record<string, SafeCount>;
};

/** One row per activity and a total row, each with the counts `cells` picks. */
function ActivityCountsTable({ report, caption, keys, labels, cells }: CountsProps) {
  const rows: Counted[] = [
    ...report.activities,
    { activityId: 'total', activityName: da.reports.totalRow, ...report.totals },
  ].map((row) => ({ key: row.activityId, label: row.activityName, cells: cells(row) }));
  const columns: Column<Counted>[] = [
    textColumn('label', c.activity, (row) => row.label, true),
    ...keys.map((key) => countColumn<Counted>(key, labels[key] ?? key, (row) => row.cells[key])),
  ];
  return (
    <DataTable
      caption={fill(caption, { quarter: quarterLabel(report.quarter) })}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      emptyText={da.reports.ui.empty}
      filterable
    />
  );
}

/** Referrals per activity by source, with totals. */
export function ReferralsTable({ report }: { report: QuarterlyReport }) {
  return (
    <ActivityCountsTable
      report={report}
      caption={da.reports.ui.referralsCaption}
      keys={[...report.referralSources, 'total']}
      labels={{ ...sources, total: da.reports.totalRow }}
      cells={(row) => ({ ...row.referralsReceived.bySource, total: row.referralsReceived.total })}
    />
  );
}

/** Outcomes of the forløb ended in the quarter, per activity and in total. */
export function OutcomesTable({ report }: { report: QuarterlyReport }) {
  return (
    <ActivityCountsTable
      report={report}
      caption={da.reports.ui.outcomesCaption}
      keys={[...report.outcomeKinds, 'ended']}
      labels={{ ...outcomes, ended: c.casesEnded }}
      cells={(row) => ({ ...row.outcomes, ended: row.casesEnded })}
    />
  );
}

type AreaLine = { key: string; label: string; row: Omit<AreaRow, 'areaId' | 'areaName' | 'planName'> };

const AREA_COLUMNS: Column<AreaLine>[] = [
  textColumn('area', c.area, (r) => r.label, true),
  countColumn('started', c.casesStarted, (r) => r.row.casesStarted),
  countColumn('active', c.casesActive, (r) => r.row.casesActive),
  countColumn('ended', c.casesEnded, (r) => r.row.casesEnded),
  numberColumn('cks', c.cksMeetings, (r) => r.row.cksMeetings),
  countColumn('cksAttendees', c.cksAttendees, (r) => r.row.cksAttendees),
  numberColumn('safety', c.safetyContacts, (r) => r.row.safetyContacts),
];

/** Forløb, CKS meetings and tryghedsrådgiver contacts per boligområde. */
export function AreasTable({ report }: { report: QuarterlyReport }) {
  const rows: AreaLine[] = [
    ...report.areas.map((area) => ({ key: area.areaId ?? 'none', label: area.areaName, row: area })),
    { key: 'total', label: da.reports.totalRow, row: report.totals },
  ];
  return (
    <DataTable
      caption={fill(da.reports.ui.areasCaption, { quarter: quarterLabel(report.quarter) })}
      columns={AREA_COLUMNS}
      rows={rows}
      rowKey={(row) => row.key}
      emptyText={da.reports.ui.empty}
    />
  );
}
