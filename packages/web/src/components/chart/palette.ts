/**
 * The colours of every chart. Each series colour has at least 3:1 contrast against the white chart
 * surface (WCAG 1.4.11, checked in palette.test.ts), and lines also differ in dash pattern and bars
 * in fill, so no series is told apart by colour alone (WCAG 1.4.1).
 */
export const chartColours = {
  navy: '#12355b',
  red: '#b3261e',
  green: '#1b6e3a',
  purple: '#7a3fa0',
  brown: '#8a4b00',
  teal: '#00727a',
} as const;

/** The series colours in the order charts hand them out. */
export const SERIES_COLOURS: readonly string[] = [
  chartColours.navy,
  chartColours.red,
  chartColours.green,
  chartColours.purple,
  chartColours.brown,
  chartColours.teal,
];

/** One dash pattern per series, in the same order: the first line is solid. */
export const SERIES_DASHES: readonly string[] = ['', '6 3', '2 2', '8 3 2 3', '4 4', '10 4'];

/** The chart's own ink: surface, grid lines (decoration), axis lines and the text on them. */
export const chartInk = {
  surface: '#ffffff',
  grid: '#c9d1d9',
  axis: '#4a5866',
  text: '#1c2733',
} as const;

/** The colour of series number `index` (0-based); after the last colour they start again. */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? chartColours.navy;
}

/** The dash pattern of series number `index` (0-based). */
export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length] ?? '';
}

/** Props for recharts' CartesianGrid. */
export const gridProps = { stroke: chartInk.grid, strokeDasharray: '3 3' } as const;

/** Props for recharts' XAxis and YAxis: axis lines and tick text in the chart's ink. */
export const axisProps = { stroke: chartInk.axis, tick: { fill: chartInk.text } } as const;

/** The text of a reference line's label, in the chart's ink. */
export const labelInk = { fill: chartInk.text } as const;
