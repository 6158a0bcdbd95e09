import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversionFactor, joinSeries, type SeriesDefinition, type SeriesPoint } from '../service/series.ts';

const def = (over: Partial<SeriesDefinition>): SeriesDefinition => ({
  key: 'd',
  label: 'd',
  measure: 'dømte',
  population: 'beboere over 18 år',
  unit: 'per10000',
  ...over,
});
const point = (year: number, value: number, definition: SeriesDefinition): SeriesPoint => ({
  year,
  value,
  definition,
  source: 'kilde',
  quote: null,
});

describe('joining a series across documents and definitions', () => {
  it('joins the same definition in different years into one line (67,5 % in 2012, 77,4 % in 2023)', () => {
    const share = def({
      key: 'ikke-vestlig',
      measure: 'ikke-vestlig',
      population: 'alle beboere',
      unit: 'pct',
    });
    const joined = joinSeries([point(2023, 77.4, share), point(2012, 67.5, share)]);
    expect(joined.breaks).toEqual([]);
    expect(joined.points.map((p) => [p.year, p.shownValue, p.segment])).toEqual([
      [2012, 67.5, 0],
      [2023, 77.4, 0],
    ]);
  });

  it('breaks between per 10.000 residents over 18 and per cent of all residents, converting nothing', () => {
    const before = def({ key: 'a' });
    const after = def({ key: 'b', population: 'alle beboere', unit: 'pct' });
    const joined = joinSeries([point(2012, 375, before), point(2022, 1.95, after)]);
    expect(joined.breaks).toEqual([{ fromYear: 2012, toYear: 2022, before, after }]);
    expect(joined.points.map((p) => [p.shownValue, p.converted])).toEqual([
      [375, false],
      [1.95, false],
    ]);
  });

  it('converts per cent to per 10.000 exactly when measure and population are the same', () => {
    const a = def({ key: 'a' });
    const b = def({ key: 'b', unit: 'pct' });
    expect(conversionFactor(b, a)).toBe(100);
    const joined = joinSeries([point(2012, 375, a), point(2022, 1.95, b)]);
    expect(joined.breaks).toEqual([]);
    expect(joined.points[1]).toMatchObject({ shownValue: 195, converted: true, segment: 0 });
  });

  it('never converts counts or kroner into shares', () => {
    expect(conversionFactor(def({ unit: 'count' }), def({ unit: 'pct' }))).toBeNull();
    expect(conversionFactor(def({ unit: 'kr' }), def({ unit: 'count' }))).toBeNull();
  });

  const definitions = fc.record({
    key: fc.constantFrom('a', 'b', 'c', 'd'),
    label: fc.constant('x'),
    measure: fc.constantFrom('dømte', 'uden arbejde'),
    population: fc.constantFrom('over 18', 'alle'),
    unit: fc.constantFrom('pct', 'per10000', 'count', 'kr') as fc.Arbitrary<SeriesDefinition['unit']>,
  });
  const points = fc.array(
    fc.record({
      year: fc.integer({ min: 2000, max: 2030 }),
      // Figures as documents give them: zero or at least a thousandth (no subnormal doubles).
      value: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 100_000, noNaN: true })),
      definition: definitions,
      source: fc.constant('s'),
      quote: fc.constant(null),
    }),
    { maxLength: 12 },
  );

  it('property: every pair of neighbours is either exactly convertible or separated by a break', () => {
    fc.assert(
      fc.property(points, (input) => {
        const joined = joinSeries(input);
        expect(joined.points).toHaveLength(input.length);
        for (let i = 1; i < joined.points.length; i++) {
          const a = joined.points[i - 1] as (typeof joined.points)[number];
          const b = joined.points[i] as (typeof joined.points)[number];
          if (a.segment === b.segment) {
            expect(conversionFactor(b.definition, a.definition)).not.toBeNull();
          } else {
            expect(b.segment).toBe(a.segment + 1);
            expect(
              conversionFactor(
                b.definition,
                joined.points.find((p) => p.segment === a.segment)?.definition as SeriesDefinition,
              ),
            ).toBeNull();
          }
        }
        expect(joined.breaks).toHaveLength(
          joined.segmentUnits.length === 0 ? 0 : joined.segmentUnits.length - 1,
        );
      }),
    );
  });

  it('property: a converted value is the original times an exact factor of 1, 100 or 1/100', () => {
    fc.assert(
      fc.property(points, (input) => {
        for (const p of joinSeries(input).points) {
          const ratio = p.value === 0 ? 1 : p.shownValue / p.value;
          expect([1, 100, 0.01].some((f) => Math.abs(ratio - f) < 1e-9)).toBe(true);
          if (p.value !== 0) expect(p.converted).toBe(Math.abs(ratio - 1) > 1e-9);
        }
      }),
    );
  });
});
