import { HIDDEN_LABEL, type RangeSolver } from '@helhed/core';
import { loadRangeSolver } from '@helhed/core/discretion-highs';
import type { Db } from '../../../platform/db/database.ts';
import { overrideDiscretionForTests } from '../../../platform/discretion.ts';
import { buildQuarterlyReport, type QuarterlyReport, type ReportScope } from '../index.ts';
import { attackSection } from './published-sums.ts';

/** The same report with the true counts (threshold 1: nothing is small, nothing is hidden). */
export async function exactQuarterlyReport(db: Db, scope: ReportScope, quarter: string) {
  const previous = overrideDiscretionForTests({ threshold: 1 });
  try {
    return await buildQuarterlyReport(db, scope, quarter);
  } finally {
    overrideDiscretionForTests(previous);
  }
}

/** Every break of the rule the LP attacker finds in a published report (both sections). */
export async function attackReport(db: Db, scope: ReportScope, quarter: string, published: QuarterlyReport) {
  const [exact, solver] = await Promise.all([exactQuarterlyReport(db, scope, quarter), loadRangeSolver()]);
  return attackPublished(published, exact, solver);
}

/** The same attack on a published report and its exact twin (threshold 1), both sections. */
export function attackPublished(published: QuarterlyReport, exact: QuarterlyReport, solver: RangeSolver) {
  return [
    ...attackSection(published, exact, solver),
    ...attackSection(published.comparison, exact.comparison, solver).map((name) => `comparison ${name}`),
  ];
}

/** Published person cells and how many are hidden, for the measurements in decision 0017. */
export function hiddenShare(report: QuarterlyReport): { hidden: number; cells: number } {
  const counts = { hidden: 0, cells: 0 };
  const visit = (value: unknown, key = ''): void => {
    if (
      [
        'sessionsHeld',
        'cksMeetings',
        'safetyContacts',
        'discretionThreshold',
        'synthetic',
        'period',
      ].includes(key)
    )
      return;
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    else if (typeof value === 'number' || value === HIDDEN_LABEL) {
      counts.cells += 1;
      if (value === HIDDEN_LABEL) counts.hidden += 1;
    }
  };
  visit({ ...report, plan: null, referralSources: null, outcomeKinds: null });
  return counts;
}
