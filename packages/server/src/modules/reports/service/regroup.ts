import { da } from '@helhed/core';
import type { ActivityLine, AreaLine } from '../queries/quarterly.ts';

/**
 * Rows of a report over all plans. One row per activity id and area id would give the national
 * report some 8 000 activity rows, which neither a reader nor the exact secondary suppression can
 * handle; so the all-plans report has one row per activity name within an indsatsområde (the plans
 * share the LBF catalogue) and one "area" row per plan. The database still counts per activity and
 * area id; `regroupRows` adds those aggregates up per group. Persons belong to one plan, so distinct
 * counts of different plans add up exactly.
 */
export interface Regrouping {
  activities: ActivityLine[];
  areas: AreaLine[];
  activityKey: Map<string, string>;
  areaKey: Map<string, string>;
}

export function allPlansGrouping(activities: ActivityLine[], areas: AreaLine[]): Regrouping {
  const activityKey = new Map<string, string>();
  const groups = new Map<string, ActivityLine>();
  for (const activity of activities) {
    const key = `all-plans:${activity.focus_area_name}/${activity.name}`;
    activityKey.set(activity.id, key);
    if (!groups.has(key)) {
      groups.set(key, {
        id: key,
        name: activity.name,
        focus_area_id: `all-plans:${activity.focus_area_name}`,
        focus_area_name: activity.focus_area_name,
        plan_name: da.reports.allPlans,
      });
    }
  }
  const areaKey = new Map<string, string>();
  const plans = new Map<string, AreaLine>();
  for (const area of areas) {
    const planId = area.plan_id ?? area.id;
    areaKey.set(area.id, planId);
    if (!plans.has(planId))
      plans.set(planId, { id: planId, name: area.plan_name, plan_name: area.plan_name });
  }
  return { activities: [...groups.values()], areas: [...plans.values()], activityKey, areaKey };
}

type Row = Record<string, unknown>;

/**
 * Maps each aggregate row's activity_id / area_id to its group and adds up the count columns of rows
 * that fall together. Grouping flags and other columns are part of the row's identity.
 */
export function regroupRows<T extends object>(
  rows: T[],
  grouping: Regrouping | undefined,
  counts: readonly (keyof T & string)[],
): T[] {
  if (!grouping) return rows;
  const countKeys: readonly string[] = counts;
  const merged = new Map<string, T>();
  for (const original of rows) {
    const row = original as Row;
    const mapped: Row = { ...row };
    if (typeof row.activity_id === 'string')
      mapped.activity_id = grouping.activityKey.get(row.activity_id) ?? row.activity_id;
    if (typeof row.area_id === 'string') mapped.area_id = grouping.areaKey.get(row.area_id) ?? row.area_id;
    const identity = JSON.stringify(Object.entries(mapped).filter(([key]) => !countKeys.includes(key)));
    const existing = merged.get(identity);
    if (!existing) {
      merged.set(identity, mapped as T);
      continue;
    }
    const sum = existing as Row;
    for (const key of counts) sum[key] = Number(sum[key] ?? 0) + Number(mapped[key] ?? 0);
  }
  return [...merged.values()];
}
