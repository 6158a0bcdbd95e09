import { DiscretionError, HIDDEN_LABEL, type RangeSolver } from '@helhed/core';
import { loadRangeSolver } from '@helhed/core/discretion-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CountBook } from '../service/count-book.ts';

// The LP audit of a book is kept and reused for a book with the same counts, sums and options, so
// an unchanged report is audited once; any other book is audited anew, and a failed audit is never
// kept. The solver counts the LP models it is asked to open.
describe('CountBook keeps the audit of an unchanged book', () => {
  let highs: RangeSolver;
  beforeAll(async () => {
    highs = await loadRangeSolver();
  });
  const counting = (inner: RangeSolver) => {
    const solver = {
      opened: 0,
      open: (model: Parameters<RangeSolver['open']>[0]) => {
        solver.opened++;
        return inner.open(model);
      },
    };
    return solver;
  };
  // A total with three parts, one of them small: the audit must hide a second part.
  const book = (solver: RangeSolver, small = 2, threshold = 5) => {
    const b = new CountBook({ threshold, solver });
    const parts = [b.cell(small), b.cell(40), b.cell(31)];
    const total = b.cell(small + 71);
    b.sum(total, parts);
    return [total, ...parts].map((cell) => b.get(cell));
  };

  it('audits the same book once, and a changed count, threshold or solver anew', () => {
    const solver = counting(highs);
    const first = book(solver);
    expect(first.filter((v) => v === HIDDEN_LABEL).length).toBeGreaterThanOrEqual(2);
    const opened = solver.opened;
    expect(opened).toBeGreaterThan(0);
    expect(book(solver)).toEqual(first);
    expect(solver.opened).toBe(opened);
    book(solver, 3);
    expect(solver.opened).toBeGreaterThan(opened);
    const afterCount = solver.opened;
    book(solver, 3, 4);
    expect(solver.opened).toBeGreaterThan(afterCount);
    const other = counting(highs);
    expect(book(other)).toEqual(first);
    expect(other.opened).toBe(opened);
  });

  it('keeps no failed audit: a solver that cannot answer fails every time', () => {
    const failing: RangeSolver = {
      open: () => ({ optimize: () => null, dispose: () => undefined }),
    };
    expect(() => book(failing, 1)).toThrow(DiscretionError);
    expect(() => book(failing, 1)).toThrow(DiscretionError);
  });
});
