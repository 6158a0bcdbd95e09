import { parentPort } from 'node:worker_threads';
import { type CellKind, DiscretionError, type SafeCount, type SumRule, suppressCounts } from '@helhed/core';
import { loadRangeSolver } from '@helhed/core/discretion-highs';

/**
 * The discretion worker thread (discretion-pool.ts): audits one book at a time with its own HiGHS,
 * so a report's LP audit (seconds for a whole plan) never holds up the server's event loop, where
 * sign-ins, alert escalations and every other request run.
 */
export interface DiscretionJob {
  id: number;
  values: readonly number[];
  rules: readonly SumRule[];
  kinds: readonly CellKind[];
  threshold: number;
  audit: boolean;
}

export type DiscretionAnswer =
  | { id: number; safe: SafeCount[] }
  | { id: number; failed: 'discretion' | 'error'; message: string };

const solver = loadRangeSolver();

parentPort?.on('message', async (job: DiscretionJob) => {
  let answer: DiscretionAnswer;
  try {
    const options = { threshold: job.threshold, audit: job.audit, solver: await solver };
    answer = { id: job.id, safe: suppressCounts(job.values, job.rules, options, job.kinds) };
  } catch (error) {
    const failed = error instanceof DiscretionError ? 'discretion' : 'error';
    answer = { id: job.id, failed, message: (error as Error).message };
  }
  parentPort?.postMessage(answer);
});
