import {
  auditComponent,
  type CellKind,
  type DiscretionProblem,
  hiddenComponents,
  isPrimary,
  kindOf,
  type RangeSolver,
  type SumRule,
  unknownCells,
  type Violation,
} from './discretion-audit.ts';

export * from './discretion-audit.ts';

/**
 * Discretion (diskretionering) of counts of persons in published tables (decision 0017).
 *
 * The rule: for every cell of 1 to threshold−1 persons, the largest value an attacker who adds up
 * everything published can prove possible is at least the threshold, and no hidden cell is pinned
 * to one value (interval protection, as τ-Argus and GaussSuppression). Every hidden cell is shown
 * with the one symbol HIDDEN_LABEL: the legend says that a figure is hidden, not how large it is.
 *
 * suppressCounts hides the small cells, then runs the attacker (discretion-audit.ts, an LP per
 * component) and, while cells break the rule, hides for each of them the cheapest published cell of
 * a sum that holds it (cost: small cells before large, inner cells before totals). Finally it tries to show
 * each secondary cell again, dearest first, and keeps it shown when the audit still passes. If no
 * cell is left to hide and the rule still fails (a solver that cannot answer), it throws
 * DiscretionError: the caller publishes nothing.
 */

export const DEFAULT_DISCRETION_THRESHOLD = 5;
/** Shown instead of every hidden count, primary or secondary. */
export const HIDDEN_LABEL = 'x';

export type SafeCount = number | typeof HIDDEN_LABEL;

export interface DiscretionOptions {
  threshold: number;
  solver: RangeSolver;
  /** Only for the tests that prove the audit matters: false publishes after the primary rule. */
  audit?: boolean;
}

export class DiscretionError extends Error {}

export function isSmallCount(value: number, threshold: number): boolean {
  return value >= 1 && value < threshold;
}

/** One stand-alone count (no published sum involves it): hidden when small. */
export function safeCount(value: number, threshold: number): SafeCount {
  return isSmallCount(value, threshold) ? HIDDEN_LABEL : value;
}

/** Threshold from a setting: a whole number from 2 to 100; absent or empty gives the default. */
export function parseThreshold(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_DISCRETION_THRESHOLD;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 2 || value > 100) {
    throw new RangeError(`HELHED_DISCRETION_THRESHOLD must be a whole number from 2 to 100, got "${raw}"`);
  }
  return value;
}

/**
 * Which cells to hide. Deterministic: same input, same output. `kinds` marks derived and latent
 * cells (see CellKind); they are never shown, whatever the result says about them.
 */
export function suppressionPattern(
  values: readonly number[],
  rules: readonly SumRule[],
  options: DiscretionOptions,
  kinds?: readonly CellKind[],
): boolean[] {
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not a count: ${value}`);
  }
  const problem: DiscretionProblem = { values, rules, kinds, threshold: options.threshold };
  const published = values.map((_, cell) => kindOf(problem, cell) === 'published');
  const hidden = values.map((_, cell) => published[cell] === true && isPrimary(problem, cell));
  if (options.audit === false) return hidden;
  const auditor = cachedAuditor(problem, options.solver);
  const cost = cellCosts(problem);
  // Every breach of one audit gets its cheapest secondary cell before the next audit.
  for (let guard = 0; ; guard++) {
    const violations = auditor(hidden);
    if (violations.length === 0) break;
    const extras = violations.map((violation) => pickSecondary(problem, hidden, published, cost, violation));
    const stuck = violations.find((_, index) => extras[index] === undefined);
    if (stuck || guard > values.length) {
      throw new DiscretionError(
        `Discretion cannot be established for cell ${(stuck ?? violations[0])?.cell}`,
      );
    }
    for (const extra of extras) hidden[extra as number] = true;
  }
  // The cells this pattern touches: every cell of a sum that holds a hidden cell. Hide them all,
  // then publish them again one by one, dearest first (grand total, totals, large cells), each only
  // when the audit still passes: what stays hidden is a small set that keeps the important cells.
  const region = new Set<number>();
  for (const rule of rules) {
    const cells = [rule.total, ...rule.parts];
    if (cells.some((cell) => hidden[cell])) for (const cell of cells) if (published[cell]) region.add(cell);
  }
  const secondary = [...region].filter((cell) => !isPrimary(problem, cell));
  for (const cell of secondary) hidden[cell] = true;
  for (const cell of secondary.sort((a, b) => (cost[b] as number) - (cost[a] as number) || a - b)) {
    if (!hidden[cell]) continue;
    // A hidden cell that the published cells pin is known anyway: publish it as well.
    const shown = [cell];
    hidden[cell] = false;
    for (;;) {
      const violations = auditor(hidden);
      if (violations.length === 0) break;
      if (violations.some((v) => v.reason !== 'pinned' || isPrimary(problem, v.cell))) {
        for (const back of shown) hidden[back] = true;
        break;
      }
      for (const v of violations) {
        hidden[v.cell] = false;
        shown.push(v.cell);
      }
    }
  }
  return hidden;
}

/** The published list: every hidden published cell becomes HIDDEN_LABEL. */
export function suppressCounts(
  values: readonly number[],
  rules: readonly SumRule[],
  options: DiscretionOptions,
  kinds?: readonly CellKind[],
): SafeCount[] {
  const hidden = suppressionPattern(values, rules, options, kinds);
  return values.map((value, cell) =>
    hidden[cell] || (kinds?.[cell] ?? 'published') !== 'published' ? HIDDEN_LABEL : value,
  );
}

/**
 * A grid of counts with optional total row and total column (given as indices in the grid).
 * Only the totals named are treated as sums.
 */
export function suppressGrid(
  grid: readonly (readonly number[])[],
  totals: { totalColumn?: number; totalRow?: number },
  options: DiscretionOptions,
): SafeCount[][] {
  const width = grid[0]?.length ?? 0;
  const flat = grid.flatMap((row) => {
    if (row.length !== width) throw new RangeError('Ragged grid');
    return [...row];
  });
  const safe = suppressCounts(flat, gridRules(grid.length, width, totals), options);
  return grid.map((_, row) => safe.slice(row * width, (row + 1) * width));
}

/** The sums of a grid with a total column and/or a total row (cell index = row·width + column). */
export function gridRules(
  height: number,
  width: number,
  { totalColumn, totalRow }: { totalColumn?: number; totalRow?: number },
): SumRule[] {
  const at = (row: number, column: number) => row * width + column;
  const rules: SumRule[] = [];
  if (totalColumn !== undefined) {
    for (let row = 0; row < height; row++) {
      const parts = range(width).filter((column) => column !== totalColumn);
      rules.push({ total: at(row, totalColumn), parts: parts.map((column) => at(row, column)) });
    }
  }
  if (totalRow !== undefined) {
    for (let column = 0; column < width; column++) {
      const parts = range(height).filter((row) => row !== totalRow);
      rules.push({ total: at(totalRow, column), parts: parts.map((row) => at(row, column)) });
    }
  }
  return rules;
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

/** Audits only the components that changed since the last call (keyed by their cells). */
function cachedAuditor(problem: DiscretionProblem, solver: RangeSolver) {
  const cache = new Map<string, Violation[]>();
  return (hidden: readonly boolean[], firstOnly = false): Violation[] => {
    const unknown = unknownCells(problem, hidden);
    const found: Violation[] = [];
    for (const component of hiddenComponents(problem, unknown)) {
      const key = component.join(',');
      let violations = cache.get(key);
      if (!violations) {
        violations = auditComponent(problem, unknown, component, solver, firstOnly);
        // A first-only answer is the whole answer only when it found nothing.
        if (!firstOnly || violations.length === 0) cache.set(key, violations);
      }
      found.push(...violations);
      if (firstOnly && found.length > 0) break;
    }
    return found;
  };
}

/**
 * The cost of hiding a cell: its value plus one (small cells are cheap, zeros cheapest), and a
 * large step for every sum of which it is the total, so that totals (and the grand total most)
 * are hidden only when nothing else helps.
 */
function cellCosts(problem: DiscretionProblem): number[] {
  const level = problem.values.map(() => 0);
  for (const rule of problem.rules) level[rule.total] = (level[rule.total] as number) + 1;
  return problem.values.map((value, cell) => value + 1 + 10_000 * (level[cell] as number));
}

/**
 * The cheapest shown published cell of a sum that holds the violated cell; else of any sum that
 * holds a cell of its component. Undefined when there is nothing left to hide.
 */
function pickSecondary(
  problem: DiscretionProblem,
  hidden: readonly boolean[],
  published: readonly boolean[],
  cost: readonly number[],
  violation: Violation,
): number | undefined {
  const cheapest = (rules: readonly SumRule[]) => {
    let best: number | undefined;
    for (const rule of rules) {
      for (const cell of [...rule.parts, rule.total]) {
        if (hidden[cell] || !published[cell]) continue;
        if (best === undefined || (cost[cell] as number) < (cost[best] as number)) best = cell;
      }
    }
    return best;
  };
  const holds = (cell: number) => (rule: SumRule) => rule.total === cell || rule.parts.includes(cell);
  const direct = cheapest(problem.rules.filter(holds(violation.cell)));
  if (direct !== undefined) return direct;
  const unknown = unknownCells(problem, hidden);
  const component = hiddenComponents(problem, unknown).find((cells) => cells.includes(violation.cell)) ?? [];
  return cheapest(problem.rules.filter((rule) => component.some((cell) => holds(cell)(rule))));
}
