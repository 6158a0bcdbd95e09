import { da, fill } from '@helhed/core';
import { useId } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatIndicatorValue } from '../lib/format.ts';
import { indicatorSeries } from '../lib/series.ts';
import type { Indicator, PlanArea } from '../types.ts';

// At least 3:1 against white (WCAG 1.4.11), and each line also has its own dash pattern.
const COLOURS = ['#12355b', '#b3261e', '#1b6e3a', '#7a3fa0', '#8a4b00', '#00727a'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '10 4'];

type IndicatorChartProps = { indicator: Indicator; areas: ReadonlyArray<PlanArea> };

/** Each area's values over the years against its baseline (first point) and the comparisons (dashed lines). */
export function IndicatorChart({ indicator, areas }: IndicatorChartProps) {
  const id = useId();
  const { rows, seriesAreas, comparisons } = indicatorSeries(indicator, areas);
  const format = (value: unknown) =>
    typeof value === 'number' ? formatIndicatorValue(indicator.unit, value) : '';
  const comparisonText = comparisons.map((c) => c.label).join(', ') || da.planUi.notGiven;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{fill(da.planUi.chartTitle, { indicator: indicator.name })}</strong>
        <span className="chart__description">
          {fill(da.planUi.chartDescription, { comparison: comparisonText })}
        </span>
      </figcaption>
      {rows.length === 0 || seriesAreas.length === 0 ? (
        <p>{da.planUi.chartEmpty}</p>
      ) : (
        <div className="chart__canvas" data-testid="indicator-chart">
          <ResponsiveContainer width="100%" height={380}>
            <LineChart
              data={rows}
              margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#c9d1d9" strokeDasharray="3 3" />
              <XAxis dataKey="year" type="category" stroke="#4a5866" tick={{ fill: '#1c2733' }} />
              <YAxis tickFormatter={format} stroke="#4a5866" tick={{ fill: '#1c2733' }} width={72} />
              <Tooltip formatter={format} />
              <Legend />
              {comparisons.map((comparison) => (
                <ReferenceLine
                  key={`${comparison.scope}-${comparison.label}`}
                  y={comparison.value ?? 0}
                  ifOverflow="extendDomain"
                  stroke="#4a5866"
                  strokeDasharray="5 5"
                  label={{
                    value: `${comparison.label}: ${format(comparison.value)}`,
                    position: 'insideTopRight',
                    fill: '#1c2733',
                  }}
                />
              ))}
              {seriesAreas.map((area, index) => (
                <Line
                  key={area.slug}
                  type="linear"
                  dataKey={area.slug}
                  name={area.name}
                  stroke={COLOURS[index % COLOURS.length]}
                  strokeDasharray={DASHES[index % DASHES.length]}
                  strokeWidth={2}
                  dot={{ r: 4 }}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
