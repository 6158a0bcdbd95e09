import { da, fill } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { countColumn, numberColumn, textColumn } from '../lib/columns.ts';
import { quarterLabel } from '../lib/periods.ts';
import type { ActivityRow, QuarterlyReport, QuarterMetrics, SafeCount } from '../types.ts';

const c = da.reports.columns;
type Row = {
  key: string;
  focusArea: string;
  activity: string;
  now: QuarterMetrics;
  before: QuarterMetrics | null;
};

/** The count this quarter and, next to it, the same quarter a year earlier. */
function count(key: string, header: string, pick: (metrics: QuarterMetrics) => SafeCount): Column<Row>[] {
  return [
    countColumn(key, header, (row) => pick(row.now)),
    countColumn(`${key}-before`, `${header} ${c.previousSuffix}`, (row) =>
      row.before ? pick(row.before) : undefined,
    ),
  ];
}

const COLUMNS: Column<Row>[] = [
  textColumn('activity', c.activity, (row) => row.activity, true),
  textColumn('focusArea', c.focusArea, (row) => row.focusArea),
  ...count('unique', c.uniqueParticipants, (m) => m.uniqueParticipants),
  countColumn('referrals', c.referralsReceived, (r) => r.now.referralsReceived.total),
  ...count('started', c.casesStarted, (m) => m.casesStarted),
  ...count('active', c.casesActive, (m) => m.casesActive),
  ...count('ended', c.casesEnded, (m) => m.casesEnded),
  numberColumn('sessions', c.sessionsHeld, (r) => r.now.sessionsHeld),
  countColumn('groupParticipants', c.groupParticipants, (r) => r.now.groupParticipants),
  countColumn('attendance', c.attendance, (r) => r.now.attendance),
  countColumn('volunteers', c.volunteers, (r) => r.now.volunteers),
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
