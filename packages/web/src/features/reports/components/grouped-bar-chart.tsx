import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartProps } from '../../../components/chart/chart-frame.tsx';
import { axisProps, chartColours, chartInk, gridProps } from '../../../components/chart/palette.ts';

export type BarPoint = { name: string } & Record<string, string | number | null>;

/**
 * One bar per data point: 'solid' is the period shown, 'outline' the period it is compared with;
 * the two differ in colour and in fill (solid/outline).
 */
export type BarSeries = { key: string; name: string; look: 'solid' | 'outline' };

type Props = {
  title: string;
  description: string;
  emptyText: string;
  testId: string;
  data: BarPoint[];
  series: BarSeries[];
  /** The slanted category labels under the bars and the room they need. */
  labels: { angle: number; fontSize: number; room: number };
};

/** A bar chart of a few series side by side per category, as a figure with its caption. */
export function GroupedBarChart({ title, description, emptyText, testId, data, series, labels }: Props) {
  return (
    <ChartFrame
      title={title}
      description={description}
      emptyText={emptyText}
      isEmpty={data.length === 0}
      testId={testId}
      height={360}
    >
      <BarChart data={data} {...chartProps({ bottom: labels.room })}>
        <CartesianGrid {...gridProps} />
        <XAxis
          dataKey="name"
          interval={0}
          angle={labels.angle}
          textAnchor="end"
          {...axisProps}
          tick={{ ...axisProps.tick, fontSize: labels.fontSize }}
        />
        <YAxis allowDecimals={false} {...axisProps} />
        <Tooltip />
        <Legend verticalAlign="top" />
        {series.map((bar) =>
          bar.look === 'solid' ? (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={bar.name}
              fill={chartColours.navy}
              isAnimationActive={false}
            />
          ) : (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={bar.name}
              fill={chartInk.surface}
              stroke={chartColours.red}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ),
        )}
      </BarChart>
    </ChartFrame>
  );
}

/** A chart value: numbers as they are; hidden ("x") or missing values draw no bar. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** A category label cut to at most `max` characters, with an ellipsis where it was cut. */
export function shortLabel(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
