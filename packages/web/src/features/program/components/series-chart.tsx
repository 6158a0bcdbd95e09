import { da, fill, formatSeriesValue } from '@helhed/core';
import { useId } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType as ValueType,
  XAxis,
  YAxis,
} from 'recharts';
import type { NameType } from 'recharts/types/component/DefaultTooltipContent';
import { chartModel } from '../lib/chart-rows.ts';
import type { Series } from '../types.ts';

// At least 3:1 against white (WCAG 1.4.11), and each line also has its own dash pattern.
const COLOURS = ['#12355b', '#b3261e', '#1b6e3a', '#7a3fa0', '#8a4b00', '#00727a'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '10 4'];
const t = da.programUi;

/** Every series of a goal in one chart; each definition segment is its own line, breaks are marked. */
export function SeriesChart({ series, title }: { series: Series[]; title: string }) {
  const id = useId();
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
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>
        <span className="chart__description">{t.chartDescription}</span>
      </figcaption>
      <div className="chart__canvas" data-testid="program-chart">
        <ResponsiveContainer width="100%" height={360}>
          <LineChart
            data={rows}
            margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#c9d1d9" strokeDasharray="3 3" />
            <XAxis
              dataKey="year"
              type="number"
              domain={['dataMin - 1', 'dataMax + 1']}
              allowDecimals={false}
              stroke="#4a5866"
              tick={{ fill: '#1c2733' }}
            />
            <YAxis stroke="#4a5866" tick={{ fill: '#1c2733' }} width={72} />
            <Tooltip content={renderTooltip} />
            <Legend />
            {breaks.map((b) => (
              <ReferenceLine
                key={`${b.seriesName}-${b.label}`}
                x={b.x}
                stroke="#b3261e"
                strokeDasharray="4 4"
                label={{
                  value: fill(t.breakLabel, {
                    from: b.label.split('|')[0] ?? '',
                    to: b.label.split('|')[1] ?? '',
                  }),
                  position: 'top',
                  fill: '#1c2733',
                }}
              />
            ))}
            {lines.map((line) => (
              <Line
                key={line.key}
                type="linear"
                dataKey={line.key}
                name={line.name}
                stroke={COLOURS[line.seriesIndex % COLOURS.length]}
                strokeDasharray={DASHES[(line.seriesIndex + line.segment) % DASHES.length]}
                strokeWidth={2}
                dot={{ r: 5 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
