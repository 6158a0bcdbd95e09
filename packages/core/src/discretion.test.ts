import fc from 'fast-check';

// Seed 15 in CI (the runs are slow LPs); HELHED_PROPERTY_SEED or exploration picks others.
const KNOWN_SEED = process.env.HELHED_PROPERTY_SEED ? {} : { seed: 15 };

import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditSuppression,
  type DiscretionOptions,
  gridRules,
  HIDDEN_LABEL,
  parseThreshold,
  type RangeSolver,
  type SumRule,
  safeCount,
  suppressCounts,
  suppressGrid,
  suppressionPattern,
} from './discretion.ts';
import { loadRangeSolver } from './discretion-highs.ts';

let solver: RangeSolver;
let options: DiscretionOptions;
beforeAll(async () => {
  solver = await loadRangeSolver();
  options = { threshold: 5, solver };
});

/** The LP attacker on a published list: what it can prove against the rule (must be empty). */
function attack(values: number[], rules: SumRule[], published: readonly (number | string)[], threshold = 5) {
  const hidden = published.map((cell) => cell === HIDDEN_LABEL);
  return auditSuppression({ values, rules, threshold }, hidden, solver);
}

const column = (n: number): SumRule[] => [{ total: n, parts: Array.from({ length: n }, (_, i) => i) }];

describe('discretion: the named breaks of issue 15', () => {
  it('([5,1,9,10], total 25): no longer "x + y = 6 with x ≥ 5"', () => {
    const values = [5, 1, 9, 10, 25];
    const published = suppressCounts(values, column(4), options);
    expect(published.filter((cell) => cell === HIDDEN_LABEL).length).toBeGreaterThanOrEqual(2);
    expect(attack(values, column(4), published)).toEqual([]);
  });

  it('([1,5], 6): neither 1 nor 5 can be proved', () => {
    const values = [1, 5, 6];
    const published = suppressCounts(values, column(2), options);
    expect(attack(values, column(2), published)).toEqual([]);
  });

  it('a small total with four small parts: the parts cannot be pinned to 1, nor proved small', () => {
    // Outcomes 1,1,1,1 of a total 4, which is itself a part of the quarter's 4 + 20 = 24.
    const values = [1, 1, 1, 1, 4, 20, 24];
    const rules: SumRule[] = [...column(4), { total: 6, parts: [4, 5] }];
    const published = suppressCounts(values, rules, options);
    expect(attack(values, rules, published)).toEqual([]);
    expect(published[6]).toBe(24);
  });

  it('genhusning: 18 households, {moved 6, offered 2, declined 0, waiting 10}, homes vacated = moved', () => {
    // homes vacated is the same figure as "moved": one cell, so it is hidden wherever moved is.
    const values = [6, 2, 0, 10, 18];
    const published = suppressCounts(values, column(4), options);
    expect(published[1]).toBe(HIDDEN_LABEL);
    expect(attack(values, column(4), published)).toEqual([]);
  });

  it("six areas × two ages: no more than GaussSuppression's 8 cells, totals 80/31/49 kept", () => {
    const inner = [
      [3, 6], // ejerslykke
      [0, 4], // højemarksvej
      [7, 9], // korsløkken
      [2, 8], // rising
      [5, 1], // stadionvej
      [14, 21], // vollsmose
    ];
    const grid = [...inner.map((row) => [...row, (row[0] ?? 0) + (row[1] ?? 0)]), [31, 49, 80]];
    const published = suppressGrid(grid, { totalColumn: 2, totalRow: 6 }, options);
    expect(published.flat().filter((cell) => cell === HIDDEN_LABEL).length).toBeLessThanOrEqual(8);
    expect(published[6]).toEqual([31, 49, 80]);
    expect(attack(grid.flat(), gridRules(7, 3, { totalColumn: 2, totalRow: 6 }), published.flat())).toEqual(
      [],
    );
  });
});

describe('discretion: the rule against the LP attacker', () => {
  const tables = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([height, width]) =>
      fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 30 })), {
          minLength: width,
          maxLength: width,
        }),
        { minLength: height, maxLength: height },
      ),
    )
    .map((interior) => {
      const rows = interior.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
      const width = rows[0]?.length ?? 0;
      const total = Array.from({ length: width }, (_, c) =>
        rows.reduce((sum, row) => sum + (row[c] ?? 0), 0),
      );
      return [...rows, total];
    });

  it('no grid lets the attacker prove a small cell or pin a hidden one (fixed seed)', () => {
    fc.assert(
      fc.property(tables, (grid) => {
        const totals = { totalColumn: (grid[0]?.length ?? 1) - 1, totalRow: grid.length - 1 };
        const published = suppressGrid(grid, totals, options).flat();
        const rules = gridRules(grid.length, grid[0]?.length ?? 0, totals);
        expect(attack(grid.flat(), rules, published)).toEqual([]);
        grid.flat().forEach((value, index) => {
          if (value >= 1 && value <= 4) expect(published[index]).toBe(HIDDEN_LABEL);
          else expect([value, HIDDEN_LABEL]).toContain(published[index]);
        });
      }),
      { ...KNOWN_SEED, numRuns: 60 },
    );
  });

  it('a known figure (carried over from the last report) is a constant of the attack, never hidden', () => {
    // started 2 + carried in 10 (known from the last quarter) = active 12; ended 3 + carried out 9.
    const values = [2, 12, 3, 10, 9];
    const rules: SumRule[] = [
      { total: 1, parts: [0, 3] },
      { total: 1, parts: [2, 4] },
    ];
    const kinds = ['published', 'published', 'published', 'known', 'known'] as const;
    const published = suppressCounts(values, rules, options, kinds);
    expect(published).toEqual([HIDDEN_LABEL, HIDDEN_LABEL, HIDDEN_LABEL, HIDDEN_LABEL, HIDDEN_LABEL]);
    const hidden = published.map((_, cell) => cell < 3);
    expect(auditSuppression({ values, rules, kinds, threshold: 5 }, hidden, solver)).toEqual([]);
    // Showing active (12) would let the reader who knows the carry-over subtract: started = 2.
    const shown = [true, false, true, false, false];
    expect(auditSuppression({ values, rules, kinds, threshold: 5 }, shown, solver)).not.toEqual([]);
  });

  it('fails without the audit: the primary rule alone is broken by the same attacker', () => {
    const values = [5, 1, 9, 10, 25];
    const published = suppressCounts(values, column(4), { ...options, audit: false });
    expect(attack(values, column(4), published).map((v) => v.reason)).toContain('provably-small');
  });

  it('is deterministic and refuses what is not a count', () => {
    const grid = [
      [1, 2, 3],
      [4, 5, 6],
      [5, 7, 9],
    ];
    expect(suppressGrid(grid, { totalRow: 2 }, options)).toEqual(
      suppressGrid(grid, { totalRow: 2 }, options),
    );
    expect(() => suppressionPattern([-1], [], options)).toThrow(RangeError);
    expect(() => suppressionPattern([1.5], [], options)).toThrow(RangeError);
  });

  it('uses the threshold given: 3 hides 1–2 only', () => {
    expect([0, 1, 2, 3, 4].map((v) => safeCount(v, 3))).toEqual([0, 'x', 'x', 3, 4]);
    const values = [2, 3, 5];
    const published = suppressCounts(values, column(2), { threshold: 3, solver });
    expect(attack(values, column(2), published, 3)).toEqual([]);
  });

  it('reads HELHED_DISCRETION_THRESHOLD: default 5, whole numbers 2–100', () => {
    expect(parseThreshold(undefined)).toBe(5);
    expect(parseThreshold('3')).toBe(3);
    expect(() => parseThreshold('1')).toThrow(RangeError);
    expect(() => parseThreshold('fem')).toThrow(RangeError);
  });
});
