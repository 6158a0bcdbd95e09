import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { COST_LINE_KINDS, type CostLineKind, FUNDING_SOURCES } from '../contract/vocabularies.ts';
import { listFocusAreas } from '../queries/budget.ts';

const t = da.finance;

export interface CostLine {
  key: string;
  label: string;
  kind: CostLineKind;
  focusAreaId: string | null;
}

/** The plan's cost lines in the budget's order: one salary line per indsatsområde, then the rest. */
export async function costLinesOf(db: Db, planId: string): Promise<CostLine[]> {
  const focusAreas = await listFocusAreas(db, planId);
  return [
    ...focusAreas.map((area) => ({
      key: `salaries:${area.slug}`,
      label: fill(t.costLines.salaries, { focusArea: area.name }),
      kind: 'salaries' as const,
      focusAreaId: area.id,
    })),
    ...COST_LINE_KINDS.filter((kind) => kind !== 'salaries').map((kind) => ({
      key: kind,
      label: t.costLines[kind],
      kind,
      focusAreaId: null,
    })),
  ];
}

/** The key of a stored row's cost line. */
export function lineKeyOf(lines: CostLine[], row: { cost_line: string; focus_area_id: string | null }) {
  return lines.find((line) => line.kind === row.cost_line && line.focusAreaId === row.focus_area_id)?.key;
}

export const sourcesView = () => FUNDING_SOURCES.map((key) => ({ key, label: t.sources[key] }));

/** The plan's years (from its period), as numbers. */
export function planYears(period: { periodStart: string; periodEnd: string }): number[] {
  const from = Number(period.periodStart.slice(0, 4));
  const to = Number(period.periodEnd.slice(0, 4));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A year outside the plan's period is a Danish 400. */
export function assertPlanYear(period: { periodStart: string; periodEnd: string }, year: number): void {
  const years = planYears(period);
  if (!years.includes(year)) {
    throw new AppError('VALIDATION', [
      {
        field: 'year',
        message: fill(t.errors.yearOutsidePlan, { year, from: years[0] ?? '', to: years.at(-1) ?? '' }),
      },
    ]);
  }
}
