import { da, fill, formatKroner } from '@helhed/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartProps } from '../../../components/chart/chart-frame.tsx';
import { axisProps, chartColours, gridProps } from '../../../components/chart/palette.ts';
import type { Comparison } from '../types.ts';

const ui = da.finance.ui;

/** The year month by month: the budget's twelfth beside the spending booked. */
export function ComparisonChart({ comparison }: { comparison: Comparison }) {
  const rows = comparison.months.map((m) => ({
    month: da.finance.months[m.month - 1]?.slice(0, 3) ?? String(m.month),
    budget: m.budget,
    actual: m.actual,
  }));
  return (
    <ChartFrame
      title={fill(ui.chartTitle, { year: comparison.year })}
      description={ui.chartDescription}
      testId="finance-chart"
      height={320}
    >
      <BarChart data={rows} {...chartProps()}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="month" {...axisProps} />
        <YAxis {...axisProps} width={96} tickFormatter={(value: number) => formatKroner(value)} />
        <Tooltip formatter={(value) => formatKroner(Number(value))} />
        <Legend />
        <Bar
          dataKey="budget"
          name={ui.columns.monthBudget}
          fill={chartColours.navy}
          isAnimationActive={false}
        />
        <Bar dataKey="actual" name={ui.columns.actual} fill={chartColours.green} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
