import { type CellKind, gridRules, suppressCounts } from '@helhed/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CountBook } from '../modules/reports/service/count-book.ts';
import { discretionOptions } from './discretion.ts';
import { stopDiscretionWorkerForTests, suppressOffThread } from './discretion-pool.ts';

// A report's LP audit takes seconds for a whole plan. It runs in a worker thread, so the server
// keeps answering (and an alert's escalation timer keeps firing) meanwhile, and the thread's answer
// is the answer the audit gives in the server's own thread.

/** An n×n grid of counts with its total column and total row, several of them small. */
function grid(n: number, offset = 0) {
  const width = n + 1;
  const cells: number[] = [];
  for (let row = 0; row < n; row++) {
    const line = Array.from(
      { length: n },
      (_, column) => ((row * 7 + column * 13 + offset) % 11) + (row === column ? 0 : 2),
    );
    cells.push(
      ...line,
      line.reduce((sum, value) => sum + value, 0),
    );
  }
  for (let column = 0; column < width; column++) {
    let sum = 0;
    for (let row = 0; row < n; row++) sum += cells[row * width + column] as number;
    cells.push(sum);
  }
  return { values: cells, rules: gridRules(n + 1, width, { totalColumn: n, totalRow: n }) };
}

const published = (values: readonly number[]): CellKind[] => values.map(() => 'published');

describe('the discretion worker thread', () => {
  afterEach(async () => {
    await stopDiscretionWorkerForTests();
  });

  it('gives the same cells as the audit in the calling thread, for any small grid', async () => {
    const { solver } = await discretionOptions();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 10 }), async (n, offset) => {
        const { values, rules } = grid(n, offset);
        const inline = suppressCounts(values, rules, { threshold: 5, solver });
        expect(await suppressOffThread(values, rules, published(values), { threshold: 5 })).toEqual(inline);
      }),
      { numRuns: 12 },
    );
  });

  it("keeps the server's event loop free while a report's book is audited", async () => {
    const book = new CountBook(await discretionOptions());
    const { values, rules } = grid(12);
    const handles = values.map((value) => book.cell(value));
    for (const rule of rules)
      book.sum(
        handles[rule.total] as number,
        rule.parts.map((part) => handles[part] as number),
      );
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    const started = performance.now();
    try {
      await book.settle();
    } finally {
      clearInterval(timer);
    }
    const took = performance.now() - started;
    const gaps = ticks.map((tick, index) => tick - (index === 0 ? started : (ticks[index - 1] as number)));
    // In the calling thread the audit holds the loop for all of `took`: no tick, or one gap as long.
    expect(ticks.length, `${ticks.length} ticks in ${Math.round(took)} ms`).toBeGreaterThan(2);
    expect(Math.max(...gaps)).toBeLessThan(took / 2);
    expect(values.some((_, cell) => book.get(cell) === 'x')).toBe(true);
  });

  it('fails the book of a thread that dies (closed), and the next book starts a new thread', async () => {
    const { values, rules } = grid(6);
    const held = suppressOffThread(values, rules, published(values), { threshold: 5 });
    const failed = expect(held).rejects.toThrow(/Discretion worker stopped/);
    await stopDiscretionWorkerForTests();
    await failed;
    const again = await suppressOffThread(values, rules, published(values), { threshold: 5 });
    expect(again).toContain('x');
  });
});
