import { da } from '@helhed/core';
import type { AnnualReport } from '../types.ts';
import { GroupedBarChart, numberOrNull, shortLabel } from './grouped-bar-chart.tsx';

/** The locally registered indicators for the whole plan: the year against the year before. */
export function AnnualChart({ report }: { report: AnnualReport }) {
  const data = report.focusAreas
    .flatMap((group) => group.indicators)
    .filter((indicator) => indicator.locallyRegistered)
    .map((indicator) => {
      const plan = indicator.rows.find((row) => row.areaId === null);
      return {
        name: shortLabel(indicator.name, 36),
        now: numberOrNull(plan?.value),
        before: numberOrNull(plan?.previousValue),
      };
    });
  return (
    <GroupedBarChart
      title={da.reports.ui.annualChartTitle}
      description={da.reports.ui.annualChartDescription}
      emptyText={da.reports.ui.annualChartEmpty}
      testId="annual-chart"
      data={data}
      series={[
        { key: 'now', name: String(report.year), look: 'solid' },
        { key: 'before', name: String(report.year - 1), look: 'outline' },
      ]}
      labels={{ angle: -20, fontSize: 11, room: 96 }}
    />
  );
}
