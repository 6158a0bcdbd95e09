import { da, fill, formatSeriesValue } from '@helhed/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType as ValueType,
  XAxis,
  YAxis,
} from 'recharts';
import type { NameType } from 'recharts/types/component/DefaultTooltipContent';
import { ChartFrame, chartProps } from '../../../components/chart/chart-frame.tsx';
import {
  axisProps,
  chartColours,
  gridProps,
  labelInk,
  seriesColour,
  seriesDash,
} from '../../../components/chart/palette.ts';
import { chartModel } from '../lib/chart-rows.ts';
import type { Series } from '../types.ts';

const t = da.programUi;

/** Every series of a goal in one chart; each definition segment is its own line, breaks are marked. */
export function SeriesChart({ series, title }: { series: Series[]; title: string }) {
  const { lines, rows, breaks, pointOf } = chartModel(series);
  const unitOf = (key: string) => {
    const [seriesKey, segment] = key.split('__');
    const s = series.find((x) => x.key === seriesKey);
    return s?.segmentUnits[Number(segment)] ?? 'pct';
  };
  const renderTooltip = ({ active, payload, label }: TooltipContentProps<ValueType, NameType>) => {
    if (!active || !payload?.length) return null;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip__year">{label}</p>
        {payload.map((item) => {
          const key = String(item.dataKey);
          const point = pointOf(key, Number(label));
          if (!point) return null;
          return (
            <p key={key}>
              <strong>{item.name}</strong>: {formatSeriesValue(point.shownValue, unitOf(key))}
              <br />
              <span>
                {t.source}: {point.source}
              </span>
            </p>
          );
        })}
      </div>
    );
  };
  return (
    <ChartFrame title={title} description={t.chartDescription} testId="program-chart" height={360}>
      <LineChart data={rows} {...chartProps({ top: 24 })}>
        <CartesianGrid {...gridProps} />
        <XAxis
          dataKey="year"
          type="number"
          domain={['dataMin - 1', 'dataMax + 1']}
          allowDecimals={false}
          {...axisProps}
        />
        <YAxis {...axisProps} width={72} />
        <Tooltip content={renderTooltip} />
        <Legend />
        {breaks.map((b) => (
          <ReferenceLine
            key={`${b.seriesName}-${b.label}`}
            x={b.x}
            stroke={chartColours.red}
            strokeDasharray="4 4"
            label={{
              value: fill(t.breakLabel, {
                from: b.label.split('|')[0] ?? '',
                to: b.label.split('|')[1] ?? '',
              }),
              position: 'top',
              ...labelInk,
            }}
          />
        ))}
        {lines.map((line) => (
          <Line
            key={line.key}
            type="linear"
            dataKey={line.key}
            name={line.name}
            stroke={seriesColour(line.seriesIndex)}
            strokeDasharray={seriesDash(line.seriesIndex + line.segment)}
            strokeWidth={2}
            dot={{ r: 5 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
