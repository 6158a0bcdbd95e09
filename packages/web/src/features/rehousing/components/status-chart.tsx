import { da, formatDate } from '@helhed/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartProps } from '../../../components/chart/chart-frame.tsx';
import { axisProps, chartColours, gridProps } from '../../../components/chart/palette.ts';
import type { StatusView, TableCell } from '../types.ts';

const t = da.rehousing.table;
const ui = da.rehousingUi;
const CELLS: TableCell[] = ['moved', 'offered', 'declined', 'waiting'];
const COLOURS: Record<TableCell, string> = {
  moved: chartColours.green,
  offered: chartColours.navy,
  declined: chartColours.red,
  waiting: chartColours.brown,
};

/** The status table at each month-end as stacked bars; hidden counts ("x") draw nothing. */
export function StatusChart({ series }: { series: StatusView['series'] }) {
  const rows = series.map((point) => ({
    date: formatDate(point.date),
    ...Object.fromEntries(
      CELLS.map((cell) => [cell, typeof point.cells[cell] === 'number' ? point.cells[cell] : null]),
    ),
  }));
  return (
    <ChartFrame
      title={ui.chartTitle}
      description={ui.chartDescription}
      emptyText={ui.chartEmpty}
      isEmpty={rows.length === 0}
      testId="status-chart"
      height={340}
    >
      <BarChart data={rows} {...chartProps()}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="date" {...axisProps} />
        <YAxis allowDecimals={false} {...axisProps} width={48} />
        <Tooltip />
        <Legend />
        {CELLS.map((cell) => (
          <Bar
            key={cell}
            dataKey={cell}
            name={t[cell]}
            stackId="status"
            fill={COLOURS[cell]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
