/**
 * The attacker of Helhed's discretion, as a linear program (decision 0017).
 *
 * The attacker knows every published cell of every linked table, the sums that hold between the
 * cells, the legend and the threshold. A hidden cell is an unknown x ≥ 0 (the legend says only
 * that a figure is hidden; zero cells may be hidden too, so 0 is the lower bound the legend
 * allows). For every hidden cell the attacker minimises and maximises it subject to the sums as
 * equalities and rounds inward to whole persons (integer bounds). The rule then is:
 *
 *   - a hidden cell of 1 to threshold−1 persons must have a provable maximum ≥ threshold
 *     (the attacker can never prove that a cell is small), and
 *   - no hidden published cell may be pinned to a single value.
 *
 * The problem splits into independent components (hidden cells linked through sums with other
 * hidden cells); each component is one small LP. The solver itself is injected (RangeSolver), so
 * this file has no dependency on HiGHS and the rule can be tested against any solver.
 */

/** A published sum: the cell `total` equals the sum of the cells `parts` (indices into values). */
export interface SumRule {
  total: number;
  parts: readonly number[];
}

/**
 * published: shown unless hidden. derived: never shown but computable by a reader (the change from
 * one month to the next): always an unknown, and the rule applies to it. latent: never shown and
 * not a published figure (a slack that turns "a ≤ b" into a sum): an unknown, the rule does not apply.
 * known: never shown here, but the reader may learn it elsewhere (the forløb carried over from the
 * previous quarter's report): a constant of the attacker's LP, never hidden, the rule does not apply.
 */
export type CellKind = 'published' | 'derived' | 'latent' | 'known';

/** One equality over unknowns: Σ coefs·x = rhs. */
export interface LpRow {
  cols: number[];
  coefs: number[];
  rhs: number;
}

/** x ≥ 0 for every column, the rows as equalities. */
export interface LpModel {
  numCols: number;
  rows: LpRow[];
}

/** One optimum of a linear objective over the model: its value and a point that attains it. */
export type LpOutcome = { status: 'optimal'; value: number; x: readonly number[] } | { status: 'unbounded' };

/** An LP solver session over one model; `optimize` returns null when the solver cannot prove an answer. */
export interface LpSession {
  optimize(cost: readonly number[], sense: 'min' | 'max'): LpOutcome | null;
  dispose(): void;
}

export interface RangeSolver {
  open(model: LpModel): LpSession;
}

export interface Violation {
  cell: number;
  min: number;
  max: number;
  reason: 'provably-small' | 'pinned' | 'solver-failed';
}

export interface DiscretionProblem {
  values: readonly number[];
  rules: readonly SumRule[];
  kinds?: readonly CellKind[];
  threshold: number;
}

const TOLERANCE = 1e-6;

export function kindOf(problem: DiscretionProblem, cell: number): CellKind {
  return problem.kinds?.[cell] ?? 'published';
}

export function isPrimary(problem: DiscretionProblem, cell: number): boolean {
  const value = problem.values[cell] as number;
  const kind = kindOf(problem, cell);
  return kind !== 'latent' && kind !== 'known' && value >= 1 && value < problem.threshold;
}

/** The attacker's unknowns: hidden published cells, and derived and latent cells (never shown). */
export function unknownCells(problem: DiscretionProblem, hidden: readonly boolean[]): boolean[] {
  return hidden.map((isHidden, cell) => {
    const kind = kindOf(problem, cell);
    return kind === 'derived' || kind === 'latent' || (isHidden && kind === 'published');
  });
}

/** Hidden cells grouped into components connected by sums that contain more than one of them. */
export function hiddenComponents(problem: DiscretionProblem, hidden: readonly boolean[]): number[][] {
  const parent = problem.values.map((_, index) => index);
  const find = (cell: number): number => {
    let root = cell;
    while (parent[root] !== root) root = parent[root] as number;
    parent[cell] = root;
    return root;
  };
  for (const rule of problem.rules) {
    const cells = [rule.total, ...rule.parts].filter((cell) => hidden[cell]);
    for (const cell of cells.slice(1)) parent[find(cell)] = find(cells[0] as number);
  }
  const groups = new Map<number, number[]>();
  problem.values.forEach((_, cell) => {
    if (!hidden[cell]) return;
    const root = find(cell);
    groups.set(root, [...(groups.get(root) ?? []), cell]);
  });
  return [...groups.values()];
}

/** The attacker's LP over one component: its hidden cells are the columns. */
export function componentModel(
  problem: DiscretionProblem,
  hidden: readonly boolean[],
  component: readonly number[],
): LpModel {
  const column = new Map(component.map((cell, index) => [cell, index]));
  const rows: LpRow[] = [];
  for (const rule of problem.rules) {
    const terms = new Map<number, number>();
    let rhs = 0;
    const add = (cell: number, sign: number) => {
      const col = column.get(cell);
      if (col !== undefined) terms.set(col, (terms.get(col) ?? 0) + sign);
      else if (!hidden[cell]) rhs -= sign * (problem.values[cell] as number);
      else return false;
      return true;
    };
    if (!add(rule.total, -1)) continue; // a hidden cell of another component: not this LP's rule
    if (!rule.parts.every((part) => add(part, 1))) continue;
    const entries = [...terms].filter(([, coef]) => coef !== 0);
    if (entries.length === 0) continue;
    rows.push({ cols: entries.map(([col]) => col), coefs: entries.map(([, coef]) => coef), rhs });
  }
  return { numCols: component.length, rows };
}

/**
 * What the attacker can prove about each cell of a component, checked against the rule. Every
 * optimum found is also a feasible point, and feasible points are witnesses: a small cell that some
 * point puts at the threshold or above, or a cell that two points put on different whole numbers,
 * needs no LP of its own. The remaining cells are maximised (and, for pinning, minimised) one by one.
 */
export function auditComponent(
  problem: DiscretionProblem,
  hidden: readonly boolean[],
  component: readonly number[],
  solver: RangeSolver,
  firstOnly = false,
): Violation[] {
  const model = componentModel(problem, hidden, component);
  const n = component.length;
  const low = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const high = new Array<number>(n).fill(Number.NEGATIVE_INFINITY);
  const inRows = new Set(model.rows.flatMap((row) => row.cols));
  const session = solver.open(model);
  const violations: Violation[] = [];
  const witness = (x: readonly number[]) => {
    x.forEach((value, col) => {
      low[col] = Math.min(low[col] as number, value);
      high[col] = Math.max(high[col] as number, value);
    });
  };
  const solve = (col: number, sense: 'min' | 'max'): number | null => {
    const cost = new Array<number>(n).fill(0);
    cost[col] = 1;
    const outcome = session.optimize(cost, sense);
    if (!outcome || (outcome.status === 'unbounded' && sense === 'min')) return null;
    if (outcome.status === 'unbounded') return Number.POSITIVE_INFINITY;
    witness(outcome.x);
    return outcome.value;
  };
  const values = component.map((cell) => problem.values[cell] as number);
  witness(values); // the true counts are a feasible point
  const checked = (col: number) => {
    const cell = component[col] as number;
    const kind = kindOf(problem, cell);
    if (kind === 'latent' || !inRows.has(col)) return true;
    if (isPrimary(problem, cell)) return (high[col] as number) >= problem.threshold - TOLERANCE;
    if (kind !== 'published') return true;
    return Math.ceil((low[col] as number) - TOLERANCE) < Math.floor((high[col] as number) + TOLERANCE);
  };
  try {
    // Push all open cells up (and down) together; repeat while that settles any of them.
    for (let round = 0; round < 4; round++) {
      const open = Array.from({ length: n }, (_, col) => col).filter((col) => !checked(col));
      if (open.length === 0) break;
      for (const sense of ['max', 'min'] as const) {
        const cost = new Array<number>(n).fill(0);
        for (const col of open) cost[col] = 1;
        const outcome = session.optimize(cost, sense);
        if (outcome?.status === 'optimal') witness(outcome.x);
      }
      if (open.every((col) => !checked(col))) break;
    }
    for (let col = 0; col < n && !(firstOnly && violations.length > 0); col++) {
      if (checked(col)) continue;
      const cell = component[col] as number;
      const kind = kindOf(problem, cell);
      if (kind === 'latent' || !inRows.has(col)) continue; // in no sum: anything from 0 up
      const primary = isPrimary(problem, cell);
      if (!primary && kind !== 'published') continue;
      const spread = () =>
        Math.ceil((low[col] as number) - TOLERANCE) < Math.floor((high[col] as number) + TOLERANCE);
      const bigEnough = () => (high[col] as number) >= problem.threshold - TOLERANCE;
      if (primary ? bigEnough() : spread()) continue;
      const max = solve(col, 'max');
      if (max === null) {
        violations.push({ cell, min: 0, max: 0, reason: 'solver-failed' });
        continue;
      }
      const top = max === Number.POSITIVE_INFINITY ? max : Math.floor(max + TOLERANCE);
      if (primary && top < problem.threshold) {
        violations.push({ cell, min: 0, max: top, reason: 'provably-small' });
        continue;
      }
      if (primary || top === Number.POSITIVE_INFINITY || spread()) continue;
      const min = solve(col, 'min');
      if (min === null) violations.push({ cell, min: 0, max: top, reason: 'solver-failed' });
      else if (Math.ceil(min - TOLERANCE) >= top) {
        violations.push({ cell, min: Math.ceil(min - TOLERANCE), max: top, reason: 'pinned' });
      }
    }
  } finally {
    session.dispose();
  }
  return violations;
}

/** Every violation of the rule in a published pattern (hidden[i] true = cell i is not shown). */
export function auditSuppression(
  problem: DiscretionProblem,
  hidden: readonly boolean[],
  solver: RangeSolver,
): Violation[] {
  const unknown = unknownCells(problem, hidden);
  return hiddenComponents(problem, unknown).flatMap((component) =>
    auditComponent(problem, unknown, component, solver),
  );
}
