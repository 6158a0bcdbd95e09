import { da, fill } from '@helhed/core';
import type { Sheet, SheetCell, SheetColumn } from '../../../platform/export/index.ts';
import type { AnnualReport } from '../contract/annual.ts';

const c = da.reports.columns;

export function annualInfoLines(report: AnnualReport): string[] {
  const lines = [
    fill(da.reports.planLabel, { name: report.plan.name }),
    `${da.reports.annualTitle} ${report.year}`,
  ];
  if (report.synthetic)
    lines.push(fill(da.reports.syntheticLabel, { seed: String(report.synthetic.seedNumber) }));
  return lines;
}

function columns(year: number): SheetColumn[] {
  return [
    { key: 'indicator', label: c.indicator },
    { key: 'area', label: c.area },
    { key: 'unit', label: c.unit },
    { key: 'baselineYear', label: c.baselineYear },
    { key: 'baseline', label: c.baseline, numeric: true },
    { key: 'municipality', label: c.municipality, numeric: true },
    { key: 'value', label: fill(c.value, { year: String(year) }), numeric: true },
    { key: 'previousValue', label: fill(c.value, { year: String(year - 1) }), numeric: true },
    { key: 'change', label: c.change },
    { key: 'goal', label: c.goal },
    { key: 'source', label: c.source },
  ];
}

/** The annual follow-up as export sheets: an information sheet, then one sheet per indsatsområde. */
export function annualSheets(report: AnnualReport): Sheet[] {
  const info: Sheet = {
    name: da.reports.annualTitle,
    columns: [{ key: 'line', label: da.reports.annualTitle }],
    rows: [
      ...annualInfoLines(report),
      fill(da.reports.legend, { threshold: report.discretionThreshold }),
      da.reports.localRule,
      da.reports.goalRule,
    ].map((line) => ({ line })),
  };
  const sections = report.focusAreas.map(
    (group): Sheet => ({
      name: group.focusAreaName,
      columns: columns(report.year),
      rows: group.indicators.flatMap((indicator) =>
        indicator.rows.map(
          (row): Record<string, SheetCell> => ({
            indicator: indicator.name,
            area: row.areaName,
            unit: indicator.unit,
            baselineYear: indicator.baselineYear,
            baseline: row.baseline,
            municipality: indicator.municipality?.value ?? null,
            value: row.value,
            previousValue: row.previousValue,
            change: da.reports.changes[row.change],
            goal: da.reports.goalStatus[row.goal],
            source: da.reports.valueSources[row.valueSource],
          }),
        ),
      ),
      note: fill(da.reports.legend, { threshold: report.discretionThreshold }),
    }),
  );
  return [info, ...sections];
}
