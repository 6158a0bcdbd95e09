// Rehousing status audit (decision 0017): how long the LP audit of the linked month-end tables
// takes as the series grows. Each month-end is a table (moved, offered, declined, waiting, total)
// linked to the month before by the change of the total and of "moved"; every month differs (the
// worst case: quiet months collapse into one point). Prints milliseconds, the hidden share and
// the ratio against 12 months, measured in the same run. The series is capped at SERIES_MONTHS.
// Run: npx tsx bench/rehousing-status.ts [--months 12,24,36,60]

import { SERIES_MONTHS } from '../packages/server/src/modules/rehousing/service/status.ts';
import { CountBook } from '../packages/server/src/modules/reports/index.ts';
import { discretionOptions } from '../packages/server/src/platform/discretion.ts';
import { printRatio } from './ratio.ts';

const at = process.argv.indexOf('--months');
const lengths = (at >= 0 ? (process.argv[at + 1] ?? '') : '12,24,36,60').split(',').map(Number);
const options = await discretionOptions();

async function auditMs(months: number): Promise<{ ms: number; hidden: number; cells: number }> {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const book = new CountBook(options);
  let previous: { cells: number[]; total: number } | null = null;
  let moved = 0;
  let waiting = 20;
  for (let m = 0; m < months; m++) {
    moved += random() < 0.5 ? 1 : 0;
    waiting = Math.max(0, waiting + Math.floor(random() * 3) - 1);
    const values = [moved, Math.floor(random() * 4), Math.floor(random() * 3), waiting];
    const cells = values.map((value) => book.cell(value));
    const total = book.cell(values.reduce((a, b) => a + b, 0));
    book.sum(total, cells);
    if (previous) {
      book.change(previous.total, total);
      book.change(previous.cells[0] as number, cells[0] as number);
    }
    previous = { cells, total };
  }
  const started = performance.now();
  await book.settle(); // in the discretion worker thread, as in the app
  return { ms: performance.now() - started, ...book.hiddenShare() };
}

await auditMs(6); // load and warm the solver (and start the thread)
console.log(`series cap in the app: ${SERIES_MONTHS} month-ends`);
let baseline = 0;
for (const months of lengths) {
  const { ms, hidden, cells } = await auditMs(months);
  baseline ||= ms;
  console.log(
    `${String(months).padStart(4)} months: ${ms.toFixed(0).padStart(6)} ms, ${hidden} of ${cells} cells hidden; ratio to ${lengths[0]} months ${(ms / baseline).toFixed(1)}×`,
  );
  if (months !== lengths[0]) printRatio(`rehousing-status.${months}-months`, ms / baseline);
}
