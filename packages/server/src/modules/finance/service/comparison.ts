import { da, fill } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import type { ComparisonView, SpendingBody } from '../contract/finance.ts';
import { listSpending, setSpendingCell } from '../queries/spending.ts';
import { budgetCells } from './budget.ts';
import { compareYear, lastMonthWithSpending } from './forecast.ts';
import { assertPlanYear, costLinesOf, lineKeyOf } from './lines.ts';

/** Budget against actuals of a year, for any plan (the page, the exports and the document set). */
export async function comparisonOf(
  db: Db,
  planId: string,
  year: number,
): Promise<z.infer<typeof ComparisonView>> {
  const [{ lines, cells }, spending] = await Promise.all([
    budgetCells(db, planId, year),
    listSpending(db, planId, year),
  ]);
  const stored = spending.flatMap((row) => {
    const line = lineKeyOf(lines, row);
    return line ? [{ month: row.month, line, amount: Number(row.amount), source: row.source }] : [];
  });
  const figures = lines.map((line) => {
    const months = Array.from({ length: 12 }, () => 0);
    for (const row of stored)
      if (row.line === line.key) months[row.month - 1] = (months[row.month - 1] ?? 0) + row.amount;
    const budget = cells.filter((cell) => cell.line === line.key).reduce((sum, cell) => sum + cell.amount, 0);
    return { key: line.key, label: line.label, budget, months };
  });
  const throughMonth = lastMonthWithSpending(stored.map((row) => row.month));
  return {
    year,
    throughMonth,
    ...compareYear(figures, throughMonth, da.finance.ui.total),
    spending: stored,
  };
}

export async function getComparison(db: Db, ctx: RequestContext, year: number) {
  assertPlanYear(ctx.actor.plan, year);
  return comparisonOf(db, ctx.actor.plan.id, year);
}

/** One month's spending on one cost line, entered by hand: it replaces what was there. */
export async function setSpending(db: Db, ctx: RequestContext, body: z.infer<typeof SpendingBody>) {
  const { plan } = ctx.actor;
  assertPlanYear(plan, body.year);
  const line = (await costLinesOf(db, plan.id)).find((l) => l.key === body.line);
  if (!line) throw fieldError('line', fill(da.finance.errors.lineUnknown, { line: body.line }));
  await withTransaction(db, ctx, (trx) =>
    setSpendingCell(trx, {
      plan_id: plan.id,
      year: body.year,
      month: body.month,
      cost_line: line.kind,
      focus_area_id: line.focusAreaId,
      amount: body.amount,
      source: 'entered',
      changed_by: ctx.actor.userId,
    }),
  );
  return { ok: true as const };
}
