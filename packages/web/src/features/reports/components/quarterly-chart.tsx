import { da } from '@helhed/core';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { quarterLabel } from '../lib/periods.ts';
import type { QuarterlyReport } from '../types.ts';

// At least 3:1 against white (WCAG 1.4.11); the two series also differ in pattern (solid/outline).
const NOW = '#12355b';
const BEFORE = '#b3261e';

/** Active forløb per activity, this quarter against the same quarter a year earlier. */
export function QuarterlyChart({ report, focusAreaId }: { report: QuarterlyReport; focusAreaId: string }) {
  const id = useId();
  const before = new Map(report.comparison.activities.map((row) => [row.activityId, row.casesActive]));
  const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
  const data = report.activities
    .filter((row) => !focusAreaId || row.focusAreaId === focusAreaId)
    .map((row) => ({
      name: row.activityName.length > 24 ? `${row.activityName.slice(0, 23)}…` : row.activityName,
      now: numberOrNull(row.casesActive),
      before: numberOrNull(before.get(row.activityId)),
    }))
    .filter((row) => (row.now ?? 0) > 0 || (row.before ?? 0) > 0);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{da.reports.ui.chartTitle}</strong>
        <span className="chart__description">{da.reports.ui.chartDescription}</span>
      </figcaption>
      {data.length === 0 ? (
        <p>{da.reports.ui.chartEmpty}</p>
      ) : (
        <div className="chart__canvas" data-testid="quarterly-chart">
          <ResponsiveContainer width="100%" height={360}>
            <BarChart
              data={data}
              margin={{ top: 16, right: 24, bottom: 72, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#c9d1d9" strokeDasharray="3 3" />
              <XAxis
                dataKey="name"
                interval={0}
                angle={-30}
                textAnchor="end"
                stroke="#4a5866"
                tick={{ fill: '#1c2733', fontSize: 12 }}
              />
              <YAxis allowDecimals={false} stroke="#4a5866" tick={{ fill: '#1c2733' }} />
              <Tooltip />
              <Legend verticalAlign="top" />
              <Bar dataKey="now" name={quarterLabel(report.quarter)} fill={NOW} isAnimationActive={false} />
              <Bar
                dataKey="before"
                name={quarterLabel(report.comparison.quarter)}
                fill="#ffffff"
                stroke={BEFORE}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
