import { da } from '@helhed/core';
import { quarterLabel } from '../lib/periods.ts';
import type { QuarterlyReport } from '../types.ts';
import { GroupedBarChart, numberOrNull, shortLabel } from './grouped-bar-chart.tsx';

/** Active forløb per activity, this quarter against the same quarter a year earlier. */
export function QuarterlyChart({ report, focusAreaId }: { report: QuarterlyReport; focusAreaId: string }) {
  const before = new Map(report.comparison.activities.map((row) => [row.activityId, row.casesActive]));
  const data = report.activities
    .filter((row) => !focusAreaId || row.focusAreaId === focusAreaId)
    .map((row) => ({
      name: shortLabel(row.activityName, 24),
      now: numberOrNull(row.casesActive),
      before: numberOrNull(before.get(row.activityId)),
    }))
    .filter((row) => (row.now ?? 0) > 0 || (row.before ?? 0) > 0);
  return (
    <GroupedBarChart
      title={da.reports.ui.chartTitle}
      description={da.reports.ui.chartDescription}
      emptyText={da.reports.ui.chartEmpty}
      testId="quarterly-chart"
      data={data}
      series={[
        { key: 'now', name: quarterLabel(report.quarter), look: 'solid' },
        { key: 'before', name: quarterLabel(report.comparison.quarter), look: 'outline' },
      ]}
      labels={{ angle: -30, fontSize: 12, room: 72 }}
    />
  );
}
