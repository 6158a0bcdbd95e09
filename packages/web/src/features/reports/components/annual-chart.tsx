import { da } from '@helhed/core';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnnualReport } from '../types.ts';

/** The locally registered indicators for the whole plan: the year against the year before. */
export function AnnualChart({ report }: { report: AnnualReport }) {
  const id = useId();
  const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
  const data = report.focusAreas
    .flatMap((group) => group.indicators)
    .filter((indicator) => indicator.locallyRegistered)
    .map((indicator) => {
      const plan = indicator.rows.find((row) => row.areaId === null);
      return {
        name: indicator.name.length > 36 ? `${indicator.name.slice(0, 35)}…` : indicator.name,
        now: numberOrNull(plan?.value),
        before: numberOrNull(plan?.previousValue),
      };
    });
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{da.reports.ui.annualChartTitle}</strong>
        <span className="chart__description">{da.reports.ui.annualChartDescription}</span>
      </figcaption>
      {data.length === 0 ? (
        <p>{da.reports.ui.annualChartEmpty}</p>
      ) : (
        <div className="chart__canvas" data-testid="annual-chart">
          <ResponsiveContainer width="100%" height={360}>
            <BarChart
              data={data}
              margin={{ top: 16, right: 24, bottom: 96, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#c9d1d9" strokeDasharray="3 3" />
              <XAxis
                dataKey="name"
                interval={0}
                angle={-20}
                textAnchor="end"
                stroke="#4a5866"
                tick={{ fill: '#1c2733', fontSize: 11 }}
              />
              <YAxis allowDecimals={false} stroke="#4a5866" tick={{ fill: '#1c2733' }} />
              <Tooltip />
              <Legend verticalAlign="top" />
              <Bar dataKey="now" name={String(report.year)} fill="#12355b" isAnimationActive={false} />
              <Bar
                dataKey="before"
                name={String(report.year - 1)}
                fill="#ffffff"
                stroke="#b3261e"
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
