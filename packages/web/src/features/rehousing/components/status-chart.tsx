import { da, formatDate } from '@helhed/core';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatusView, TableCell } from '../types.ts';

const t = da.rehousing.table;
const ui = da.rehousingUi;
const CELLS: TableCell[] = ['moved', 'offered', 'declined', 'waiting'];
// At least 3:1 against white (WCAG 1.4.11).
const COLOURS: Record<TableCell, string> = {
  moved: '#1b6e3a',
  offered: '#12355b',
  declined: '#b3261e',
  waiting: '#8a4b00',
};

/** The status table at each month-end as stacked bars; hidden counts ("x") draw nothing. */
export function StatusChart({ series }: { series: StatusView['series'] }) {
  const id = useId();
  const rows = series.map((point) => ({
    date: formatDate(point.date),
    ...Object.fromEntries(
      CELLS.map((cell) => [cell, typeof point.cells[cell] === 'number' ? point.cells[cell] : null]),
    ),
  }));
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{ui.chartTitle}</strong>
        <span className="chart__description">{ui.chartDescription}</span>
      </figcaption>
      {rows.length === 0 ? (
        <p>{ui.chartEmpty}</p>
      ) : (
        <div className="chart__canvas" data-testid="status-chart">
          <ResponsiveContainer width="100%" height={340}>
            <BarChart
              data={rows}
              margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#c9d1d9" strokeDasharray="3 3" />
              <XAxis dataKey="date" stroke="#4a5866" tick={{ fill: '#1c2733' }} />
              <YAxis allowDecimals={false} stroke="#4a5866" tick={{ fill: '#1c2733' }} width={48} />
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
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
