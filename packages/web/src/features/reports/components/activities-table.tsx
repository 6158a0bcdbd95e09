import { da, fill } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { quarterLabel, showCount, sortCount } from '../lib/periods.ts';
import type { ActivityRow, QuarterlyReport, QuarterMetrics, SafeCount } from '../types.ts';

const c = da.reports.columns;
type Row = {
  key: string;
  focusArea: string;
  activity: string;
  now: QuarterMetrics;
  before: QuarterMetrics | null;
};

function count(key: string, header: string, pick: (metrics: QuarterMetrics) => SafeCount): Column<Row>[] {
  return [
    { key, header, render: (row) => showCount(pick(row.now)), sortValue: (row) => sortCount(pick(row.now)) },
    {
      key: `${key}-before`,
      header: `${header} ${c.previousSuffix}`,
      render: (row) => (row.before ? showCount(pick(row.before)) : ''),
      sortValue: (row) => (row.before ? sortCount(pick(row.before)) : null),
    },
  ];
}

const COLUMNS: Column<Row>[] = [
  {
    key: 'activity',
    header: c.activity,
    render: (row) => row.activity,
    sortValue: (row) => row.activity,
    rowHeader: true,
  },
  {
    key: 'focusArea',
    header: c.focusArea,
    render: (row) => row.focusArea,
    sortValue: (row) => row.focusArea,
  },
  ...count('unique', c.uniqueParticipants, (m) => m.uniqueParticipants),
  {
    key: 'referrals',
    header: c.referralsReceived,
    render: (r) => showCount(r.now.referralsReceived.total),
    sortValue: (r) => sortCount(r.now.referralsReceived.total),
  },
  ...count('started', c.casesStarted, (m) => m.casesStarted),
  ...count('active', c.casesActive, (m) => m.casesActive),
  ...count('ended', c.casesEnded, (m) => m.casesEnded),
  {
    key: 'sessions',
    header: c.sessionsHeld,
    render: (r) => String(r.now.sessionsHeld),
    sortValue: (r) => r.now.sessionsHeld,
  },
  {
    key: 'groupParticipants',
    header: c.groupParticipants,
    render: (r) => showCount(r.now.groupParticipants),
    sortValue: (r) => sortCount(r.now.groupParticipants),
  },
  {
    key: 'attendance',
    header: c.attendance,
    render: (r) => showCount(r.now.attendance),
    sortValue: (r) => sortCount(r.now.attendance),
  },
  {
    key: 'volunteers',
    header: c.volunteers,
    render: (r) => showCount(r.now.volunteers),
    sortValue: (r) => sortCount(r.now.volunteers),
  },
];

/** Every activity with this quarter's deliveries next to the same quarter a year earlier, and the totals. */
export function ActivitiesTable({ report, focusAreaId }: { report: QuarterlyReport; focusAreaId: string }) {
  const before = new Map(report.comparison.activities.map((row) => [row.activityId, row]));
  const shown = report.activities.filter((row) => !focusAreaId || row.focusAreaId === focusAreaId);
  const rows: Row[] = shown.map((row: ActivityRow) => ({
    key: row.activityId,
    focusArea: row.focusAreaName,
    activity: row.activityName,
    now: row,
    before: before.get(row.activityId) ?? null,
  }));
  if (!focusAreaId) {
    rows.push({
      key: 'total',
      focusArea: '',
      activity: da.reports.totalRow,
      now: report.totals,
      before: report.comparison.totals,
    });
  }
  return (
    <DataTable
      caption={fill(da.reports.ui.activitiesCaption, { quarter: quarterLabel(report.quarter) })}
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.key}
      emptyText={da.reports.ui.empty}
      filterable
    />
  );
}
