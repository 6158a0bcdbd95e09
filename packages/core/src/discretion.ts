/**
 * Discretion (diskretionering) of counts of persons in published tables.
 *
 * Primary rule: a count from 1 to 4 is never shown; it becomes "<5". Zero stays zero.
 * Secondary rule: a hidden count must not be recoverable from the numbers that are shown. The
 * caller describes which cells add up to which (a row adds up to its total, a column to its
 * total); while some hidden cell is still exactly determined by those sums, one more cell of a
 * sum that contains it is hidden as well and shown as "x". The check is exact linear algebra
 * over the published sums, so it also catches recoveries that need several sums at once.
 *
 * Only counts of persons go through here; counts of sessions or meetings are not personal.
 */

export const DISCRETION_THRESHOLD = 5;
/** Shown instead of a count from 1 to 4. */
export const SMALL_COUNT_LABEL = '<5';
/** Shown instead of a count of 5 or more that is hidden so a small count cannot be computed. */
export const SECONDARY_LABEL = 'x';

export type SafeCount = number | typeof SMALL_COUNT_LABEL | typeof SECONDARY_LABEL;

/** A published sum: the cell `total` equals the sum of the cells `parts` (indices into values). */
export interface SumRule {
  total: number;
  parts: readonly number[];
}

export function isSmallCount(value: number): boolean {
  return value >= 1 && value < DISCRETION_THRESHOLD;
}

/** One stand-alone count (no published sum involves it). */
export function safeCount(value: number): SafeCount {
  return isSmallCount(value) ? SMALL_COUNT_LABEL : value;
}

/**
 * Applies both rules to a flat list of counts with the sums that hold between them.
 * Returns the list as it may be published. Deterministic: same input, same output.
 */
export function suppressCounts(values: readonly number[], rules: readonly SumRule[]): SafeCount[] {
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not a count: ${value}`);
  }
  const hidden = values.map(isSmallCount);
  const secondary = values.map(() => false);
  for (;;) {
    const exposed = determinedHiddenCell(values.length, rules, hidden);
    if (exposed === undefined) break;
    const extra = pickSecondary(values, rules, hidden, exposed);
    if (extra === undefined) break; // cannot happen for consistent sums; see pickSecondary
    hidden[extra] = true;
    secondary[extra] = true;
  }
  return values.map((value, index) => {
    if (!hidden[index]) return value;
    return secondary[index] ? SECONDARY_LABEL : SMALL_COUNT_LABEL;
  });
}

/**
 * A grid of counts with optional total row and total column (given as indices in the grid).
 * Only the totals named are treated as sums; a total that is not a plain sum (e.g. unique
 * persons across activities) must not be named.
 */
export function suppressGrid(
  grid: readonly (readonly number[])[],
  totals: { totalColumn?: number; totalRow?: number },
): SafeCount[][] {
  const width = grid[0]?.length ?? 0;
  const flat = grid.flatMap((row) => {
    if (row.length !== width) throw new RangeError('Ragged grid');
    return [...row];
  });
  const at = (row: number, column: number) => row * width + column;
  const rules: SumRule[] = [];
  const { totalColumn, totalRow } = totals;
  if (totalColumn !== undefined) {
    for (let row = 0; row < grid.length; row++) {
      const parts = range(width).filter((column) => column !== totalColumn);
      rules.push({ total: at(row, totalColumn), parts: parts.map((column) => at(row, column)) });
    }
  }
  if (totalRow !== undefined) {
    for (let column = 0; column < width; column++) {
      const parts = range(grid.length).filter((row) => row !== totalRow);
      rules.push({ total: at(totalRow, column), parts: parts.map((row) => at(row, column)) });
    }
  }
  const safe = suppressCounts(flat, rules);
  return grid.map((_, row) => safe.slice(row * width, (row + 1) * width));
}

/** Suppresses one column of counts that adds up to a total shown below it. */
export function suppressColumnWithTotal(
  parts: readonly number[],
  total: number,
): { parts: SafeCount[]; total: SafeCount } {
  const values = [...parts, total];
  const safe = suppressCounts(values, [{ total: parts.length, parts: range(parts.length) }]);
  return { parts: safe.slice(0, parts.length), total: safe[parts.length] as SafeCount };
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

/**
 * The first hidden cell whose value follows exactly from the shown cells and the sums, or
 * undefined. A hidden cell is determined when its unit vector lies in the row space of the sums
 * restricted to the hidden cells (Gaussian elimination on small integer matrices, exact in
 * floating point for the sizes used in reports; rows are normalised and compared with a tolerance).
 */
export function determinedHiddenCell(
  size: number,
  rules: readonly SumRule[],
  hidden: readonly boolean[],
): number | undefined {
  const unknowns = range(size).filter((index) => hidden[index]);
  if (unknowns.length === 0) return undefined;
  const column = new Map(unknowns.map((cell, position) => [cell, position]));
  const matrix: number[][] = [];
  for (const rule of rules) {
    const row = new Array<number>(unknowns.length).fill(0);
    const totalColumn = column.get(rule.total);
    if (totalColumn !== undefined) row[totalColumn] = (row[totalColumn] ?? 0) - 1;
    for (const part of rule.parts) {
      const partColumn = column.get(part);
      if (partColumn !== undefined) row[partColumn] = (row[partColumn] ?? 0) + 1;
    }
    if (row.some((entry) => entry !== 0)) matrix.push(row);
  }
  const reduced = reducedRowEchelon(matrix, unknowns.length);
  // In reduced row echelon form, unknown j is determined iff some row is exactly e_j.
  for (const row of reduced) {
    const nonZero = row.flatMap((entry, position) => (Math.abs(entry) > 1e-9 ? [position] : []));
    if (nonZero.length === 1) return unknowns[nonZero[0] as number];
  }
  return undefined;
}

function reducedRowEchelon(input: number[][], width: number): number[][] {
  const rows = input.map((row) => [...row]);
  let pivotRow = 0;
  for (let col = 0; col < width && pivotRow < rows.length; col++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < rows.length; r++) {
      if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[best]?.[col] ?? 0)) best = r;
    }
    const candidate = rows[best] as number[];
    if (Math.abs(candidate[col] ?? 0) < 1e-9) continue;
    [rows[pivotRow], rows[best]] = [candidate, rows[pivotRow] as number[]];
    const pivot = rows[pivotRow] as number[];
    const factor = pivot[col] as number;
    for (let c = 0; c < width; c++) pivot[c] = (pivot[c] as number) / factor;
    for (let r = 0; r < rows.length; r++) {
      if (r === pivotRow) continue;
      const row = rows[r] as number[];
      const multiple = row[col] as number;
      if (multiple === 0) continue;
      for (let c = 0; c < width; c++) row[c] = (row[c] as number) - multiple * (pivot[c] as number);
    }
    pivotRow++;
  }
  return rows.slice(0, pivotRow);
}

/**
 * Chooses the next cell to hide so that `exposed` stops being determined: in a sum containing
 * the exposed cell, the smallest shown non-zero part (a small loss of information), else that
 * sum's total. Zero cells are never hidden: zero stays zero. If every shown cell of the sum is
 * zero, the total equals the hidden cells, which are small counts, so the total is hidden
 * already; the loop therefore always finds a candidate while some cell is exposed.
 */
function pickSecondary(
  values: readonly number[],
  rules: readonly SumRule[],
  hidden: readonly boolean[],
  exposed: number,
): number | undefined {
  let best: number | undefined;
  const consider = (cell: number) => {
    if (hidden[cell] || values[cell] === 0) return;
    if (best === undefined || (values[cell] as number) < (values[best] as number)) best = cell;
  };
  const involved = rules.filter((rule) => rule.total === exposed || rule.parts.includes(exposed));
  for (const rule of involved) for (const part of rule.parts) consider(part);
  if (best !== undefined) return best;
  for (const rule of involved) consider(rule.total);
  if (best !== undefined) return best;
  // Fall back to any shown non-zero cell in a sum that touches a hidden cell.
  for (const rule of rules) {
    if (![rule.total, ...rule.parts].some((cell) => hidden[cell])) continue;
    for (const cell of [rule.total, ...rule.parts]) consider(cell);
  }
  return best;
}
