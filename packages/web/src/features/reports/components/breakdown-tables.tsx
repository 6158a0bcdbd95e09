import { da, fill } from '@helhed/core';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { quarterLabel, showCount, sortCount } from '../lib/periods.ts';
import type { AreaRow, QuarterlyReport, SafeCount } from '../types.ts';

const c = da.reports.columns;
const sources = da.registration.referralSources as Record<string, string>;
const outcomes = da.registration.outcomes as Record<string, string>;

type Counted = { key: string; label: string; cells: Record<string, SafeCount> };

function countColumns(keys: string[], labels: Record<string, string>): Column<Counted>[] {
  return keys.map((key) => ({
    key,
    header: labels[key] ?? key,
    render: (row: Counted) => showCount(row.cells[key]),
    sortValue: (row: Counted) => sortCount(row.cells[key]),
  }));
}

const labelColumn = (header: string): Column<Counted> => ({
  key: 'label',
  header,
  render: (row) => row.label,
  sortValue: (row) => row.label,
  rowHeader: true,
});

/** Referrals per activity by source, with totals. */
export function ReferralsTable({ report }: { report: QuarterlyReport }) {
  const rows: Counted[] = [
    ...report.activities,
    { activityId: 'total', activityName: da.reports.totalRow, ...report.totals },
  ].map((row) => ({
    key: row.activityId,
    label: row.activityName,
    cells: { ...row.referralsReceived.bySource, total: row.referralsReceived.total },
  }));
  return (
    <DataTable
      caption={fill(da.reports.ui.referralsCaption, { quarter: quarterLabel(report.quarter) })}
      columns={[
        labelColumn(c.activity),
        ...countColumns([...report.referralSources, 'total'], { ...sources, total: da.reports.totalRow }),
      ]}
      rows={rows}
      rowKey={(row) => row.key}
      emptyText={da.reports.ui.empty}
      filterable
    />
  );
}

/** Outcomes of the forløb ended in the quarter, per activity and in total. */
export function OutcomesTable({ report }: { report: QuarterlyReport }) {
  const rows: Counted[] = [
    ...report.activities,
    { activityId: 'total', activityName: da.reports.totalRow, ...report.totals },
  ].map((row) => ({
    key: row.activityId,
    label: row.activityName,
    cells: { ...row.outcomes, ended: row.casesEnded },
  }));
  return (
    <DataTable
      caption={fill(da.reports.ui.outcomesCaption, { quarter: quarterLabel(report.quarter) })}
      columns={[
        labelColumn(c.activity),
        ...countColumns([...report.outcomeKinds, 'ended'], { ...outcomes, ended: c.casesEnded }),
      ]}
      rows={rows}
      rowKey={(row) => row.key}
      emptyText={da.reports.ui.empty}
      filterable
    />
  );
}

type AreaLine = { key: string; label: string; row: Omit<AreaRow, 'areaId' | 'areaName' | 'planName'> };

const AREA_COLUMNS: Column<AreaLine>[] = [
  { key: 'area', header: c.area, render: (r) => r.label, sortValue: (r) => r.label, rowHeader: true },
  {
    key: 'started',
    header: c.casesStarted,
    render: (r) => showCount(r.row.casesStarted),
    sortValue: (r) => sortCount(r.row.casesStarted),
  },
  {
    key: 'active',
    header: c.casesActive,
    render: (r) => showCount(r.row.casesActive),
    sortValue: (r) => sortCount(r.row.casesActive),
  },
  {
    key: 'ended',
    header: c.casesEnded,
    render: (r) => showCount(r.row.casesEnded),
    sortValue: (r) => sortCount(r.row.casesEnded),
  },
  {
    key: 'cks',
    header: c.cksMeetings,
    render: (r) => String(r.row.cksMeetings),
    sortValue: (r) => r.row.cksMeetings,
  },
  {
    key: 'cksAttendees',
    header: c.cksAttendees,
    render: (r) => showCount(r.row.cksAttendees),
    sortValue: (r) => sortCount(r.row.cksAttendees),
  },
  {
    key: 'safety',
    header: c.safetyContacts,
    render: (r) => String(r.row.safetyContacts),
    sortValue: (r) => r.row.safetyContacts,
  },
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
