/**
 * Joins the points of one series into lines. Two neighbouring points are one line only when they
 * count the same thing (measure) of the same population; their units may differ only where the
 * conversion is exact (per cent ↔ per 10.000 of the same population: a factor of 100). Anything
 * else is a break that names both definitions. Nothing is silently joined.
 */
export type SeriesUnit = 'pct' | 'per10000' | 'count' | 'kr';

export interface SeriesDefinition {
  key: string;
  label: string;
  measure: string;
  population: string;
  unit: SeriesUnit;
}

export interface SeriesPoint {
  year: number;
  value: number;
  definition: SeriesDefinition;
  source: string;
  quote: string | null;
}

export interface JoinedPoint extends SeriesPoint {
  /** The value in the segment's unit; equals `value` unless converted exactly. */
  shownValue: number;
  converted: boolean;
  segment: number;
}

export interface SeriesBreak {
  /** Between the last year before the break and the first after it. */
  fromYear: number;
  toYear: number;
  before: SeriesDefinition;
  after: SeriesDefinition;
}

export interface JoinedSeries {
  points: JoinedPoint[];
  breaks: SeriesBreak[];
  /** The unit of each segment, in order. */
  segmentUnits: SeriesUnit[];
}

const PER_PCT: Partial<Record<SeriesUnit, number>> = { pct: 1, per10000: 100 };

/** The exact factor from one unit to another, or null where no exact conversion exists. */
export function conversionFactor(from: SeriesDefinition, to: SeriesDefinition): number | null {
  if (from.measure !== to.measure || from.population !== to.population) return null;
  if (from.unit === to.unit) return 1;
  const a = PER_PCT[from.unit];
  const b = PER_PCT[to.unit];
  if (a === undefined || b === undefined) return null;
  return b / a;
}

export function joinSeries(input: readonly SeriesPoint[]): JoinedSeries {
  const sorted = [...input].sort(
    (a, b) => a.year - b.year || a.definition.key.localeCompare(b.definition.key),
  );
  const points: JoinedPoint[] = [];
  const breaks: SeriesBreak[] = [];
  const segmentUnits: SeriesUnit[] = [];
  let anchor: SeriesDefinition | null = null;
  for (const point of sorted) {
    const factor: number | null = anchor ? conversionFactor(point.definition, anchor) : null;
    const previous = points.at(-1);
    if (!anchor || factor === null) {
      if (anchor && previous) {
        breaks.push({
          fromYear: previous.year,
          toYear: point.year,
          before: previous.definition,
          after: point.definition,
        });
      }
      anchor = point.definition;
      segmentUnits.push(anchor.unit);
      points.push({ ...point, shownValue: point.value, converted: false, segment: segmentUnits.length - 1 });
      continue;
    }
    points.push({
      ...point,
      shownValue: factor === 1 ? point.value : point.value * factor,
      converted: factor !== 1,
      segment: segmentUnits.length - 1,
    });
  }
  return { points, breaks, segmentUnits };
}
