import { da, fill, formatDate, formatKroner, todayInDenmark } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { createPdfReport, type PdfReport, type Sheet, toXlsx } from '../../../platform/export/index.ts';
import { findMinimumPercent, findPlan, lastBudgetChange } from '../queries/budget.ts';
import { budgetCells, cofinancingOf, formatShare } from './budget.ts';
import { comparisonOf } from './comparison.ts';
import { planYears } from './lines.ts';

const t = da.finance;
const c = t.ui.columns;

type Budget = Awaited<ReturnType<typeof budgetCells>>;

/** A year's budget grid: one row per cost line, one column per funding source, and the totals. */
export function budgetSheet(budget: Budget, year: number): Sheet {
  const cells = budget.cells.filter((cell) => cell.year === year);
  const amount = (line: string | null, source: string | null) =>
    cells
      .filter((cell) => (line === null || cell.line === line) && (source === null || cell.source === source))
      .reduce((sum, cell) => sum + cell.amount, 0);
  const sources = Object.keys(t.sources) as Array<keyof typeof t.sources>;
  return {
    name: fill(t.export.budgetSheet, { year }),
    columns: [
      { key: 'line', label: t.ui.costLine },
      ...sources.map((source) => ({ key: source, label: t.sources[source], numeric: true })),
      { key: 'total', label: t.ui.total, numeric: true },
    ],
    rows: [
      ...budget.lines.map((line) => ({
        line: line.label,
        ...Object.fromEntries(sources.map((source) => [source, amount(line.key, source)])),
        total: amount(line.key, null),
      })),
      {
        line: t.ui.total,
        ...Object.fromEntries(sources.map((source) => [source, amount(null, source)])),
        total: amount(null, null),
      },
    ],
  };
}

export function comparisonSheet(comparison: Awaited<ReturnType<typeof comparisonOf>>): Sheet {
  return {
    name: fill(t.export.comparisonSheet, { year: comparison.year }),
    columns: [
      { key: 'label', label: t.ui.costLine },
      { key: 'budget', label: c.budget, numeric: true },
      { key: 'actual', label: c.actual, numeric: true },
      { key: 'deviation', label: c.deviation, numeric: true },
      { key: 'deviationPercent', label: c.deviationPercent, numeric: true },
      { key: 'forecast', label: c.forecast, numeric: true },
      { key: 'forecastDeviation', label: c.forecastDeviation, numeric: true },
    ],
    rows: [...comparison.lines, comparison.total].map((line) => ({ ...line })),
    note: ruleText(comparison),
  };
}

export function ruleText(comparison: { year: number; throughMonth: number | null }): string {
  const { throughMonth } = comparison;
  if (throughMonth === null) return fill(t.ui.ruleNoSpending, { year: comparison.year });
  return fill(t.ui.rule, { month: t.months[throughMonth - 1] ?? '', remaining: 12 - throughMonth });
}

async function addYear(
  report: PdfReport,
  db: Db,
  planId: string,
  budget: Budget,
  year: number,
  minimum: number | null,
) {
  const comparison = await comparisonOf(db, planId, year);
  const share = cofinancingOf(
    budget.cells.filter((cell) => cell.year === year),
    minimum,
  );
  report
    .heading(fill(t.ui.budgetHeading, { year }))
    .table(budgetSheet(budget, year))
    .paragraph(
      share.sharePercent === null
        ? fill(t.ui.cofinancingNoTotal, { minimum: formatShare(share.minimumPercent) })
        : fill(t.export.cofinancing, {
            share: formatShare(share.sharePercent),
            total: formatKroner(share.total),
            minimum: formatShare(share.minimumPercent),
          }),
    )
    .heading(fill(t.ui.comparisonHeading, { year }), 2)
    .table(comparisonSheet(comparison))
    .barChart({
      title: fill(t.ui.chartTitle, { year }),
      categories: t.months.map((month) => month.slice(0, 3)),
      series: [
        { name: c.monthBudget, values: comparison.months.map((m) => m.budget) },
        { name: c.actual, values: comparison.months.map((m) => m.actual) },
      ],
    });
  return comparison;
}

/** The budget and budget against actuals of the given years as XLSX and PDF. */
export async function financeFiles(db: Db, planId: string, years: number[]) {
  const [plan, budget, minimum] = await Promise.all([
    findPlan(db, planId),
    budgetCells(db, planId),
    findMinimumPercent(db, planId),
  ]);
  const report = await createPdfReport(
    {
      title: t.export.title,
      subtitle: years.length === 1 ? String(years[0]) : t.export.allYears,
      lines: [
        fill(t.export.plan, { plan: plan.name }),
        fill(t.export.generated, { date: formatDate(todayInDenmark()) }),
      ],
    },
    `${t.export.title} – ${plan.name}`,
  );
  const sheets: Sheet[] = [];
  for (const year of years) {
    const comparison = await addYear(report, db, planId, budget, year, minimum);
    sheets.push(budgetSheet(budget, year), comparisonSheet(comparison));
  }
  return { xlsx: await toXlsx(sheets, { title: t.export.title }), pdf: await report.finish() };
}

/**
 * For the LBF document set (issue 23, item 5): when the budget last changed (null: never), and its
 * files, the budget and budget against actuals of every plan year as XLSX and PDF, made only when
 * asked for (listing the set needs the date, not the files).
 */
export async function budgetDocuments(
  db: Db,
  planId: string,
): Promise<{ changedAt: Date | null; files: () => Promise<{ xlsx: Buffer; pdf: Buffer }> }> {
  const changedAt = await lastBudgetChange(db, planId);
  const files = async () => {
    const plan = await findPlan(db, planId);
    const years = planYears({ periodStart: plan.period_start, periodEnd: plan.period_end });
    return financeFiles(db, planId, years);
  };
  return { changedAt, files };
}
