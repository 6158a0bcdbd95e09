import { type DiscretionOptions, parseThreshold } from '@helhed/core';
import { loadRangeSolver } from '@helhed/core/discretion-highs';

/**
 * The discretion every published count goes through (decision 0017): the threshold from
 * HELHED_DISCRETION_THRESHOLD (default 5) and the HiGHS LP solver that audits every table.
 * Loaded once per process; a solver that fails to load fails every report (closed, never open).
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

export function discretionOptions(env: NodeJS.ProcessEnv = process.env): Promise<DiscretionOptions> {
  const threshold = parseThreshold(env.HELHED_DISCRETION_THRESHOLD);
  loaded ??= loadRangeSolver().then((solver) => ({ threshold, solver }));
  return loaded.then((options) => ({ ...options, threshold, ...override }));
}
