import { type DiscretionOptions, parseThreshold } from '@helhed/core';
import { loadRangeSolver } from '@helhed/core/discretion-highs';
import { type OffThreadSuppress, suppressOffThread } from './discretion-pool.ts';

/** The options of a report's books: with `offThread`, a book is audited in the worker thread. */
export type BookOptions = DiscretionOptions & { offThread?: OffThreadSuppress };

/**
 * The discretion every published count goes through (decision 0017): the threshold from
 * HELHED_DISCRETION_THRESHOLD (default 5) and the HiGHS LP solver that audits every table.
 * Loaded once per process; a solver that fails to load fails every report (closed, never open).
 * Books are audited in a worker thread (discretion-pool.ts); the solver here serves books that are
 * given their own solver or no thread (the tests of the rule itself).
 */
let loaded: Promise<DiscretionOptions> | undefined;
let override: Partial<DiscretionOptions> | undefined;

/**
 * Tests only: threshold 1 gives the exact counts (nothing is below it) to compare with, and
 * `audit: false` shows that the attacker's tests fail without the audit. Undefined restores.
 */
export function overrideDiscretionForTests(
  options: Partial<DiscretionOptions> | undefined,
): Partial<DiscretionOptions> | undefined {
  const previous = override;
  override = options;
  return previous;
}

export function discretionOptions(env: NodeJS.ProcessEnv = process.env): Promise<BookOptions> {
  const threshold = parseThreshold(env.HELHED_DISCRETION_THRESHOLD);
  loaded ??= loadRangeSolver().then((solver) => ({ threshold, solver }));
  return loaded.then((options) => ({ ...options, threshold, offThread: suppressOffThread, ...override }));
}
