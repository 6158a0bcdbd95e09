import { da, fill } from '@helhed/core';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartProps } from '../../../components/chart/chart-frame.tsx';
import {
  axisProps,
  chartInk,
  gridProps,
  labelInk,
  seriesColour,
  seriesDash,
} from '../../../components/chart/palette.ts';
import { formatIndicatorValue } from '../lib/format.ts';
import { indicatorSeries } from '../lib/series.ts';
import type { Indicator, PlanArea } from '../types.ts';

type IndicatorChartProps = { indicator: Indicator; areas: ReadonlyArray<PlanArea> };

/** Each area's values over the years against its baseline (first point) and the comparisons (dashed lines). */
export function IndicatorChart({ indicator, areas }: IndicatorChartProps) {
  const { rows, seriesAreas, comparisons } = indicatorSeries(indicator, areas);
  const format = (value: unknown) =>
    typeof value === 'number' ? formatIndicatorValue(indicator.unit, value) : '';
  const comparisonText = comparisons.map((c) => c.label).join(', ') || da.planUi.notGiven;
  return (
    <ChartFrame
      title={fill(da.planUi.chartTitle, { indicator: indicator.name })}
      description={fill(da.planUi.chartDescription, { comparison: comparisonText })}
      emptyText={da.planUi.chartEmpty}
      isEmpty={rows.length === 0 || seriesAreas.length === 0}
      testId="indicator-chart"
      height={380}
    >
      <LineChart data={rows} {...chartProps()}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="year" type="category" {...axisProps} />
        <YAxis tickFormatter={format} {...axisProps} width={72} />
        <Tooltip formatter={format} />
        <Legend />
        {comparisons.map((comparison) => (
          <ReferenceLine
            key={`${comparison.scope}-${comparison.label}`}
            y={comparison.value ?? 0}
            ifOverflow="extendDomain"
            stroke={chartInk.axis}
            strokeDasharray="5 5"
            label={{
              value: `${comparison.label}: ${format(comparison.value)}`,
              position: 'insideTopRight',
              ...labelInk,
            }}
          />
        ))}
        {seriesAreas.map((area, index) => (
          <Line
            key={area.slug}
            type="linear"
            dataKey={area.slug}
            name={area.name}
            stroke={seriesColour(index)}
            strokeDasharray={seriesDash(index)}
            strokeWidth={2}
            dot={{ r: 4 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
