import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type SafeCount,
  SECONDARY_LABEL,
  SMALL_COUNT_LABEL,
  type SumRule,
  safeCount,
  suppressColumnWithTotal,
  suppressCounts,
  suppressGrid,
} from './discretion.ts';

/** A grid of interior counts with a total column and a total row appended, as reports show it. */
function withTotals(interior: number[][]): number[][] {
  const rows = interior.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  const width = rows[0]?.length ?? 0;
  const totalRow = Array.from({ length: width }, (_, column) =>
    rows.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  return [...rows, totalRow];
}

function gridRules(height: number, width: number): SumRule[] {
  const rules: SumRule[] = [];
  for (let r = 0; r < height; r++) {
    const parts = Array.from({ length: width - 1 }, (_, c) => r * width + c);
    rules.push({ total: r * width + width - 1, parts });
  }
  for (let c = 0; c < width; c++) {
    const parts = Array.from({ length: height - 1 }, (_, r) => r * width + c);
    rules.push({ total: (height - 1) * width + c, parts });
  }
  return rules;
}

/** Exact rank with BigInt fraction-free elimination: an independent check of determinedness. */
function rank(matrix: bigint[][]): number {
  const rows = matrix.map((row) => [...row]);
  let rankSoFar = 0;
  const width = rows[0]?.length ?? 0;
  for (let col = 0; col < width; col++) {
    const pivotIndex = rows.findIndex((row, index) => index >= rankSoFar && row[col] !== 0n);
    if (pivotIndex < 0) continue;
    [rows[rankSoFar], rows[pivotIndex]] = [rows[pivotIndex] as bigint[], rows[rankSoFar] as bigint[]];
    const pivot = rows[rankSoFar] as bigint[];
    for (let r = 0; r < rows.length; r++) {
      if (r === rankSoFar) continue;
      const row = rows[r] as bigint[];
      const factor = row[col] as bigint;
      if (factor === 0n) continue;
      const scale = pivot[col] as bigint;
      for (let c = 0; c < width; c++) row[c] = (row[c] as bigint) * scale - factor * (pivot[c] as bigint);
    }
    rankSoFar++;
  }
  return rankSoFar;
}

/** A hidden cell j is determined iff dropping its column lowers the rank of the hidden system. */
function determinedCells(size: number, rules: readonly SumRule[], hidden: readonly boolean[]): number[] {
  const unknowns = Array.from({ length: size }, (_, index) => index).filter((index) => hidden[index]);
  const matrix = rules.map((rule) =>
    unknowns.map((cell) => BigInt((rule.parts.includes(cell) ? 1 : 0) - (rule.total === cell ? 1 : 0))),
  );
  const full = rank(matrix);
  return unknowns.filter((_, j) => rank(matrix.map((row) => row.filter((__, k) => k !== j))) < full);
}

/** The attack the issue names: repeatedly subtract the shown cells of a sum from its total. */
function subtractionAttack(
  published: readonly SafeCount[],
  rules: readonly SumRule[],
): (number | undefined)[] {
  const known = published.map((value) => (typeof value === 'number' ? value : undefined));
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of rules) {
      const cells = [rule.total, ...rule.parts];
      const missing = cells.filter((cell) => known[cell] === undefined);
      if (missing.length !== 1) continue;
      const partsSum = rule.parts.reduce((sum, cell) => sum + (known[cell] ?? 0), 0);
      const cell = missing[0] as number;
      known[cell] = cell === rule.total ? partsSum : (known[rule.total] as number) - (partsSum - 0);
      changed = true;
    }
  }
  return known;
}

const interiorGrid = fc
  .record({ height: fc.integer({ min: 1, max: 6 }), width: fc.integer({ min: 1, max: 6 }) })
  .chain(({ height, width }) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 60 })), {
        minLength: width,
        maxLength: width,
      }),
      { minLength: height, maxLength: height },
    ),
  );

describe('discretion', () => {
  it('shows counts 1 to 4 as "<5", keeps zero and larger counts', () => {
    expect([0, 1, 4, 5, 17].map(safeCount)).toEqual([0, SMALL_COUNT_LABEL, SMALL_COUNT_LABEL, 5, 17]);
  });

  it('hides a second cell when a small count could be computed from the total', () => {
    const { parts, total } = suppressColumnWithTotal([3, 10, 12], 25);
    expect(parts).toEqual([SMALL_COUNT_LABEL, SECONDARY_LABEL, 12]);
    expect(total).toBe(25);
  });

  it('needs no second cell when the only other cells are zero (the total is small too)', () => {
    expect(suppressColumnWithTotal([0, 3, 0], 3)).toEqual({
      parts: [0, SMALL_COUNT_LABEL, 0],
      total: SMALL_COUNT_LABEL,
    });
  });

  it('never shows a count from 1 to 4, never hides a zero, and shows every other cell as it is', () => {
    fc.assert(
      fc.property(interiorGrid, (interior) => {
        const grid = withTotals(interior);
        const safe = suppressGrid(grid, {
          totalColumn: (grid[0]?.length ?? 1) - 1,
          totalRow: grid.length - 1,
        });
        grid.forEach((row, r) => {
          row.forEach((value, c) => {
            const shown = safe[r]?.[c];
            if (value >= 1 && value <= 4) expect(shown).toBe(SMALL_COUNT_LABEL);
            else if (value === 0) expect(shown).toBe(0);
            else expect([value, SECONDARY_LABEL]).toContain(shown);
          });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no hidden cell recoverable from the row and column totals, by subtraction or by solving the sums', () => {
    fc.assert(
      fc.property(interiorGrid, (interior) => {
        const grid = withTotals(interior);
        const height = grid.length;
        const width = grid[0]?.length ?? 1;
        const values = grid.flat();
        const rules = gridRules(height, width);
        const published = suppressCounts(values, rules);
        const attacked = subtractionAttack(published, rules);
        published.forEach((shown, cell) => {
          if (shown === SMALL_COUNT_LABEL) expect(attacked[cell]).toBeUndefined();
        });
        const hidden = published.map((shown) => typeof shown !== 'number');
        expect(determinedCells(values.length, rules, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and rejects values that are not counts', () => {
    fc.assert(
      fc.property(interiorGrid, (interior) => {
        const grid = withTotals(interior);
        const totals = { totalColumn: (grid[0]?.length ?? 1) - 1, totalRow: grid.length - 1 };
        expect(suppressGrid(grid, totals)).toEqual(suppressGrid(grid, totals));
      }),
      { numRuns: 50 },
    );
    expect(() => suppressCounts([-1], [])).toThrow(RangeError);
    expect(() => suppressCounts([1.5], [])).toThrow(RangeError);
  });
});
