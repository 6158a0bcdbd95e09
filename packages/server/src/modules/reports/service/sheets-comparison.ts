import { da, fill } from '@helhed/core';
import { type Sheet, type SheetCell, toCsv, toXlsx } from '../../../platform/export/index.ts';
import type { ComparisonReport } from '../contract/comparison.ts';

// The plans side by side as one sheet: a row per indicator, plan and boligområde (the whole plan
// first), with the same figures as the JSON, suppressed counts as "x".

const c = da.reports.columns;
const t = da.reports.comparison;

export function comparisonSheet(report: ComparisonReport): Sheet {
  const names = new Map(report.plans.map((plan) => [plan.id, plan.name]));
  const year = String(report.year);
  return {
    name: fill(t.sheetName, { year }),
    columns: [
      { key: 'indicator', label: c.indicator },
      { key: 'plan', label: t.columns.plan },
      { key: 'area', label: c.area },
      { key: 'unit', label: c.unit },
      { key: 'baselineYear', label: c.baselineYear },
      { key: 'baseline', label: c.baseline, numeric: true },
      { key: 'municipality', label: c.municipality, numeric: true },
      { key: 'previousValue', label: fill(c.value, { year: String(report.year - 1) }), numeric: true },
      { key: 'value', label: fill(c.value, { year }), numeric: true },
      { key: 'change', label: c.change },
    ],
    rows: report.indicators.flatMap((indicator) =>
      indicator.plans.flatMap(({ planId, figures }): Record<string, SheetCell>[] => {
        const base = { indicator: indicator.name, plan: names.get(planId) ?? planId, unit: indicator.unit };
        if (!figures) return [{ ...base, area: t.notInPlan }];
        return figures.rows.map((row) => ({
          ...base,
          area: row.areaName,
          baselineYear: figures.baselineYear,
          baseline: row.baseline,
          municipality: figures.municipality?.value ?? null,
          previousValue: row.previousValue,
          value: row.value,
          change: da.reports.changes[row.change],
        }));
      }),
    ),
    note: fill(da.reports.legend, { threshold: report.discretionThreshold }),
  };
}

export async function renderComparison(report: ComparisonReport, format: 'csv' | 'xlsx') {
  const sheet = comparisonSheet(report);
  if (format === 'csv') return toCsv([sheet]);
  return toXlsx([sheet], { title: `${t.title} ${report.year}` });
}
