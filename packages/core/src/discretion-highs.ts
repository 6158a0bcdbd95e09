import highsLoader, { type Highs } from 'highs';
import type { LpModel, LpSession, RangeSolver } from './discretion-audit.ts';

/**
 * The attacker's LP solved with HiGHS (the `highs` package: HiGHS compiled to WebAssembly). One
 * persistent model per component: the equalities are passed once, then every column is minimised
 * and maximised by changing the objective (warm-started simplex). Anything but a proven optimum
 * (or, for a maximum, proven unboundedness) makes the whole component unanswered (null), which the
 * caller treats as a breach: fail closed.
 */
let loading: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

export async function loadRangeSolver(): Promise<RangeSolver> {
  return highsRangeSolver(await loadHighs());
}

export function highsRangeSolver(highs: Highs): RangeSolver {
  const { modelStatus, objectiveSense } = highs.constants;
  return {
    open(lp: LpModel): LpSession {
      const n = lp.numCols;
      if (n === 0 || lp.rows.length === 0) {
        // No equality: every unknown ranges from 0 to infinity, the origin is a feasible point.
        return {
          optimize: (_cost, sense) =>
            sense === 'max'
              ? { status: 'unbounded' }
              : { status: 'optimal', value: 0, x: new Array(n).fill(0) },
          dispose: () => {},
        };
      }
      const starts = [0];
      const indices: number[] = [];
      const values: number[] = [];
      for (const row of lp.rows) {
        indices.push(...row.cols);
        values.push(...row.coefs);
        starts.push(indices.length);
      }
      const model = highs.createModel();
      let broken = false;
      try {
        model.options.set('output_flag', false);
        model.passModel({
          numCols: n,
          numRows: lp.rows.length,
          colCost: new Array(n).fill(0),
          colLower: new Array(n).fill(0),
          colUpper: new Array(n).fill(highs.infinity),
          rowLower: lp.rows.map((row) => row.rhs),
          rowUpper: lp.rows.map((row) => row.rhs),
          matrix: { format: 'csr', numRows: lp.rows.length, numCols: n, starts, indices, values },
        });
      } catch {
        broken = true;
      }
      const all = { kind: 'range', from: 0, to: n - 1 } as const;
      return {
        optimize(cost, sense) {
          if (broken) return null;
          try {
            model.changeColsCost(all, [...cost]);
            model.changeObjectiveSense(sense === 'min' ? objectiveSense.minimize : objectiveSense.maximize);
            model.run();
            const status = model.getModelStatus();
            // The true counts are a feasible point, so "unbounded or infeasible" is unbounded.
            if (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible)
              return { status: 'unbounded' };
            if (status !== modelStatus.optimal) return null;
            return {
              status: 'optimal',
              value: model.getObjectiveValue(),
              x: [...model.getSolution().colValue],
            };
          } catch {
            return null;
          }
        },
        dispose: () => model.dispose(),
      };
    },
  };
}
