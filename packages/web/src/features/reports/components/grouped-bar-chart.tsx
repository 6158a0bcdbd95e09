import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// At least 3:1 against white (WCAG 1.4.11); the two series also differ in pattern (solid/outline).
const SOLID = '#12355b';
const OUTLINE = '#b3261e';

export type BarPoint = { name: string } & Record<string, string | number | null>;

/** One bar per data point: 'solid' is the period shown, 'outline' the period it is compared with. */
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
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>
        <span className="chart__description">{description}</span>
      </figcaption>
      {data.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <div className="chart__canvas" data-testid={testId}>
          <ResponsiveContainer width="100%" height={360}>
            <BarChart
              data={data}
              margin={{ top: 16, right: 24, bottom: labels.room, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#c9d1d9" strokeDasharray="3 3" />
              <XAxis
                dataKey="name"
                interval={0}
                angle={labels.angle}
                textAnchor="end"
                stroke="#4a5866"
                tick={{ fill: '#1c2733', fontSize: labels.fontSize }}
              />
              <YAxis allowDecimals={false} stroke="#4a5866" tick={{ fill: '#1c2733' }} />
              <Tooltip />
              <Legend verticalAlign="top" />
              {series.map((bar) =>
                bar.look === 'solid' ? (
                  <Bar
                    key={bar.key}
                    dataKey={bar.key}
                    name={bar.name}
                    fill={SOLID}
                    isAnimationActive={false}
                  />
                ) : (
                  <Bar
                    key={bar.key}
                    dataKey={bar.key}
                    name={bar.name}
                    fill="#ffffff"
                    stroke={OUTLINE}
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                ),
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
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
