import { OUTCOMES, REFERRAL_SOURCES } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import { listActivities, listAreas } from '../queries/quarterly.ts';
import { findSyntheticMark } from '../queries/synthetic-mark.ts';
import { parseQuarter, sameQuarterYearBefore } from './quarter.ts';
import { buildQuarterSection } from './quarterly-section.ts';
import { allPlansGrouping } from './regroup.ts';
import { type ReportScope, resolveScope } from './scope.ts';

/**
 * The quarterly leverancemåling for one plan or all plans: per activity and per boligområde,
 * with totals and the same quarter one year earlier. Already discretion-safe and JSON-ready
 * (no dates as Date objects, no generation time: the same data gives the same JSON).
 * A bad quarter throws AppError REPORT_QUARTER_INVALID (400, Danish message).
 */
export async function buildQuarterlyReport(
  db: Db,
  scope: ReportScope,
  quarter: string,
): Promise<QuarterlyReport> {
  const current = parseQuarter(quarter);
  const { planIds, plan } = await resolveScope(db, scope);
  const [activities, areas, synthetic] = await Promise.all([
    listActivities(db, planIds),
    listAreas(db, planIds),
    findSyntheticMark(db, planIds),
  ]);
  // One plan: a row per activity and area. All plans: a row per activity name and per plan.
  const grouping = 'allPlans' in scope ? allPlansGrouping(activities, areas) : undefined;
  const rows = grouping ?? { activities, areas };
  const [section, comparison] = await Promise.all([
    buildQuarterSection(db, planIds, current, rows.activities, rows.areas, grouping),
    buildQuarterSection(db, planIds, sameQuarterYearBefore(current), rows.activities, rows.areas, grouping),
  ]);
  return {
    kind: 'quarterly',
    plan,
    referralSources: [...REFERRAL_SOURCES],
    outcomeKinds: [...OUTCOMES],
    ...section,
    comparison,
    synthetic,
  };
}
