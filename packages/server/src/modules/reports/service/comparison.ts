import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import type { IndicatorReport } from '../contract/annual.ts';
import type {
  ComparisonIndicator,
  ComparisonReport,
  ComparisonShares,
  ComparisonSharesInput,
} from '../contract/comparison.ts';
import { listPlansSharedWith, listShareTargets, replaceShares } from '../queries/comparison.ts';
import { buildAnnualReport } from './annual.ts';
import { parseReportYear } from './quarter.ts';

// Issue 20, item 6 (decision 0034): the fixed indicators of several plans side by side. The plans
// are the user's own and those that shared their fixed indicators with it; nothing in the request
// names a plan, so no query can reach a plan that did not share. Each plan's figures are its own
// annual follow-up (discretion applied there), built for the fixed indicators only.

const t = da.reports.comparison;

export async function buildComparison(
  db: Db,
  ctx: RequestContext,
  yearInput: string,
): Promise<ComparisonReport> {
  const year = parseReportYear(yearInput);
  const own = ctx.actor.plan;
  const shared = await listPlansSharedWith(db, own.id);
  const plans = [{ id: own.id, slug: own.slug, name: own.name }, ...shared];
  const reports = await Promise.all(
    plans.map((plan) => buildAnnualReport(db, { planId: plan.id }, year, { fixedOnly: true })),
  );
  return {
    kind: 'comparison',
    year,
    discretionThreshold: reports[0]?.discretionThreshold ?? 0,
    plans: plans.map((plan, index) => ({
      ...plan,
      own: index === 0,
      synthetic: reports[index]?.synthetic ?? null,
    })),
    indicators: sideBySide(
      plans.map((plan) => plan.id),
      reports.map((report) => report.focusAreas.flatMap((group) => group.indicators)),
    ),
  };
}

/** One line per indicator key, in the order the plans list them (own plan first). */
function sideBySide(planIds: string[], perPlan: IndicatorReport[][]): ComparisonIndicator[] {
  const byKey = new Map<string, ComparisonIndicator>();
  perPlan.forEach((indicators, planIndex) => {
    for (const indicator of indicators) {
      let line = byKey.get(indicator.key);
      if (!line) {
        line = {
          key: indicator.key,
          name: indicator.name,
          unit: indicator.unit,
          goalText: indicator.goalText,
          plans: planIds.map((planId) => ({ planId, figures: null })),
        };
        byKey.set(indicator.key, line);
      }
      const cell = line.plans[planIndex];
      if (cell)
        cell.figures = {
          baselineYear: indicator.baselineYear,
          dataSource: indicator.dataSource,
          municipality: indicator.municipality,
          rows: indicator.rows,
        };
    }
  });
  return [...byKey.values()];
}

/** The installation's other plans and whether the user's plan shares its fixed indicators with each. */
export async function comparisonShares(db: Db, ctx: RequestContext): Promise<ComparisonShares> {
  return { plans: await listShareTargets(db, ctx.actor.plan.id) };
}

/** The user's plan shares its fixed indicators with exactly these plans; a bad id changes nothing. */
export async function setComparisonShares(
  db: Db,
  ctx: RequestContext,
  input: ComparisonSharesInput,
): Promise<ComparisonShares> {
  const planId = ctx.actor.plan.id;
  if (new Set(input.planIds).size !== input.planIds.length) throw fieldError('planIds', t.errors.repeated);
  if (input.planIds.includes(planId)) throw fieldError('planIds', t.errors.ownPlan);
  await withTransaction(db, ctx, async (trx) => {
    const known = new Set((await listShareTargets(trx, planId)).map((plan) => plan.id));
    if (input.planIds.some((id) => !known.has(id))) throw fieldError('planIds', t.errors.unknownPlan);
    await replaceShares(trx, planId, input.planIds, ctx.actor.userId);
  });
  return comparisonShares(db, ctx);
}
