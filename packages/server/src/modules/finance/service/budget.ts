import { da, fill, formatDecimal } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, type FieldError } from '../../../platform/http/errors.ts';
import type { BudgetBody, BudgetView, ChangeList, SettingsBody } from '../contract/finance.ts';
import { FUNDING_SOURCES } from '../contract/vocabularies.ts';
import {
  countBudgetChanges,
  findBudgetRows,
  findMinimumPercent,
  lastBudgetChange,
  listBudgetCells,
  listBudgetChanges,
  setBudgetCell,
  setMinimumPercent,
} from '../queries/budget.ts';
import { assertPlanYear, costLinesOf, lineKeyOf, planYears, sourcesView } from './lines.ts';

const t = da.finance;
/** Until the leader sets one: the plan register's 2016–2020 plan ("mindst 25 %"). */
export const DEFAULT_MINIMUM_PERCENT = 25;

type Cell = { line: string; source: (typeof FUNDING_SOURCES)[number]; amount: number };

/** The local share (everything but LBF) of a year's cells against the minimum. */
export function cofinancingOf(cells: Cell[], minimum: number | null) {
  const total = cells.reduce((sum, cell) => sum + cell.amount, 0);
  const local = cells.filter((cell) => cell.source !== 'lbf').reduce((sum, cell) => sum + cell.amount, 0);
  const minimumPercent = minimum ?? DEFAULT_MINIMUM_PERCENT;
  const sharePercent = total > 0 ? Math.round((local / total) * 1000) / 10 : null;
  return {
    total,
    local,
    sharePercent,
    minimumPercent,
    minimumIsDefault: minimum === null,
    // Compared exactly, not on the rounded share.
    meetsMinimum: total > 0 ? local * 100 >= minimumPercent * total : null,
  };
}

export async function budgetCells(db: Db, planId: string, year?: number) {
  const lines = await costLinesOf(db, planId);
  const rows = await listBudgetCells(db, planId, year);
  const cells = rows.flatMap((row) => {
    const line = lineKeyOf(lines, row);
    if (!line) return [];
    const source = row.funding_source as Cell['source'];
    return [{ year: row.year, line, source, amount: Number(row.amount) }];
  });
  return { lines, cells };
}

export async function getBudget(
  db: Db,
  ctx: RequestContext,
  year: number,
): Promise<z.infer<typeof BudgetView>> {
  const { plan } = ctx.actor;
  assertPlanYear(plan, year);
  const [{ lines, cells }, minimum, changedAt] = await Promise.all([
    budgetCells(db, plan.id, year),
    findMinimumPercent(db, plan.id),
    lastBudgetChange(db, plan.id),
  ]);
  const yearCells = cells.map(({ line, source, amount }) => ({ line, source, amount }));
  return {
    year,
    years: planYears(plan),
    sources: sourcesView(),
    lines: lines.map(({ key, label }) => ({ key, label })),
    cells: yearCells,
    cofinancing: cofinancingOf(yearCells, minimum),
    changedAt: changedAt?.toISOString() ?? null,
  };
}

/** The whole year's grid in one transaction; any bad cell is a 400 and nothing is changed. */
export async function setBudget(
  db: Db,
  ctx: RequestContext,
  year: number,
  body: z.infer<typeof BudgetBody>,
): Promise<z.infer<typeof BudgetView>> {
  const { plan } = ctx.actor;
  assertPlanYear(plan, year);
  const lines = await costLinesOf(db, plan.id);
  const problems: FieldError[] = [];
  const amounts = new Map<string, number>();
  body.cells.forEach((cell, index) => {
    const line = lines.find((l) => l.key === cell.line);
    if (!line) {
      problems.push({
        field: `cells.${index}.line`,
        message: fill(t.errors.lineUnknown, { line: cell.line }),
      });
      return;
    }
    const key = `${cell.line}|${cell.source}`;
    if (amounts.has(key)) {
      problems.push({
        field: `cells.${index}`,
        message: fill(t.errors.cellTwice, { line: line.label, source: t.sources[cell.source] }),
      });
    }
    amounts.set(key, cell.amount);
  });
  if (problems.length > 0) throw new AppError('VALIDATION', problems);
  await withTransaction(db, ctx.who, async (trx) => {
    for (const line of lines) {
      for (const source of FUNDING_SOURCES) {
        await setBudgetCell(trx, {
          plan_id: plan.id,
          year,
          funding_source: source,
          cost_line: line.kind,
          focus_area_id: line.focusAreaId,
          amount: amounts.get(`${line.key}|${source}`) ?? 0,
        });
      }
    }
  });
  return getBudget(db, ctx, year);
}

export async function setSettings(db: Db, ctx: RequestContext, body: z.infer<typeof SettingsBody>) {
  await withTransaction(db, ctx.who, (trx) =>
    setMinimumPercent(trx, ctx.actor.plan.id, body.cofinancingMinimumPercent),
  );
  return { ok: true as const };
}

const amountOf = (values: Record<string, unknown> | null, key: string) => {
  const value = values?.[key];
  return value === undefined || value === null ? null : Number(value);
};

/** Who changed which cell (or the minimum) when, before → after, newest first. */
export async function listFinanceChanges(
  db: Db,
  ctx: RequestContext,
  page: { limit: number; offset: number },
): Promise<z.infer<typeof ChangeList>> {
  const planId = ctx.actor.plan.id;
  const [rows, total, lines] = await Promise.all([
    listBudgetChanges(db, planId, page.limit, page.offset),
    countBudgetChanges(db, planId),
    costLinesOf(db, planId),
  ]);
  const cells = new Map(
    (
      await findBudgetRows(
        db,
        planId,
        rows.map((row) => row.row_id),
      )
    ).map((row) => [row.id, row]),
  );
  return {
    total,
    changes: rows.map((row) => {
      const before = row.before_values as Record<string, unknown> | null;
      const after = row.after_values as Record<string, unknown> | null;
      const base = {
        id: String(row.id),
        occurredAt: row.occurred_at.toISOString(),
        actorEmail: row.actor_label,
      };
      if (row.table_name === 'finance_setting') {
        const key = 'cofinancing_minimum_percent';
        return {
          ...base,
          what: t.ui.historyMinimum,
          before: amountOf(before, key),
          after: amountOf(after, key),
        };
      }
      const cell = cells.get(row.row_id);
      const line = cell ? lines.find((l) => l.key === lineKeyOf(lines, cell)) : undefined;
      const source = cell?.funding_source as (typeof FUNDING_SOURCES)[number] | undefined;
      return {
        ...base,
        what: fill(t.ui.historyCell, {
          year: cell?.year ?? '',
          line: line?.label ?? '',
          source: source ? t.sources[source] : '',
        }),
        before: amountOf(before, 'amount'),
        after: amountOf(after, 'amount'),
      };
    }),
  };
}

export const formatShare = (percent: number) => `${formatDecimal(percent, 1)} %`;
