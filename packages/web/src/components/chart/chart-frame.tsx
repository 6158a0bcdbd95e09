import { type ReactElement, type ReactNode, useId } from 'react';
import { ResponsiveContainer } from 'recharts';

type ChartFrameProps = {
  /** The chart's title, the first line of its caption. */
  title: ReactNode;
  /** What the chart shows in words: its text alternative, read with the figure's name. */
  description: ReactNode;
  /** Shown instead of the chart when there is nothing to draw. */
  emptyText?: string;
  isEmpty?: boolean;
  testId: string;
  /** The drawing's height in pixels; the width follows the page. */
  height: number;
  /** One recharts chart (LineChart, BarChart …). */
  children: ReactElement;
};

/**
 * Every chart's frame: a figure named by its caption (title, and a description that is the chart's
 * text alternative), the chart in a responsive container, or a plain sentence when there is nothing
 * to draw. The figures themselves stand in the tables beside each chart.
 */
export function ChartFrame({
  title,
  description,
  emptyText,
  isEmpty,
  testId,
  height,
  children,
}: ChartFrameProps) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>
        <span className="chart__description">{description}</span>
      </figcaption>
      {isEmpty ? (
        <p>{emptyText}</p>
      ) : (
        <div className="chart__canvas" data-testid={testId}>
          <ResponsiveContainer width="100%" height={height}>
            {children}
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

/**
 * The props every recharts chart takes here: margins around the drawing (`bottom` grows for slanted
 * category labels) and no keyboard layer of its own, as the caption and tables carry the content.
 */
export function chartProps({ top = 16, bottom = 8 }: { top?: number; bottom?: number } = {}) {
  return { margin: { top, right: 24, bottom, left: 8 }, accessibilityLayer: false } as const;
}
