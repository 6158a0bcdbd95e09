import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { countsInStatistics } from '../../registration/index.ts';
import type { LocalRule } from '../service/local-indicators.ts';

// The annual follow-up's SQL: the plan's indicators with their goal and focus area, baselines,
// entered values for the year and the year before, and the locally registered indicators counted
// in the database (distinct participants per area and in total, GROUPING SETS), only participants
// with consent to statistics (decision 0018).

export interface IndicatorLine {
  id: string;
  key: string;
  name: string;
  unit: string;
  measurement: string | null;
  baseline_year: string | null;
  data_source: string | null;
  goal_text: string;
  /** 'overordnet': a goal of the strategic agreement, whose indicators are LBF's fixed ones. */
  goal_level: string;
  focus_area_id: string | null;
  focus_area_name: string | null;
}

export async function listIndicatorLines(db: Db, planId: string): Promise<IndicatorLine[]> {
  const result = await sql<IndicatorLine>`
    select i.id, i.key, i.name, i.unit, i.measurement, i.baseline_year, i.data_source,
           g.text as goal_text, g.level as goal_level, f.id as focus_area_id, f.name as focus_area_name
      from plan_indicator i
      join plan_goal g on g.plan_id = i.plan_id and g.id = i.goal_id
      left join plan_focus_area f on f.plan_id = g.plan_id and f.id = g.focus_area_id
     where i.plan_id = ${planId}::uuid
     order by f.position nulls first, g.position, i.position`.execute(db);
  return result.rows;
}

export interface BaselineLine {
  indicator_id: string;
  scope: string;
  area_id: string | null;
  label: string;
  value: number | string | null;
}

export async function listBaselineLines(db: Db, planId: string): Promise<BaselineLine[]> {
  const result = await sql<BaselineLine>`
    select indicator_id, scope, area_id, label, value
      from plan_baseline where plan_id = ${planId}::uuid order by indicator_id, position`.execute(db);
  return result.rows;
}

export interface ValueLine {
  indicator_id: string;
  area_id: string;
  year: number;
  value: number | string | null;
}

export async function listValueLines(db: Db, planId: string, years: number[]): Promise<ValueLine[]> {
  const result = await sql<ValueLine>`
    select indicator_id, area_id, year, value
      from plan_indicator_value
     where plan_id = ${planId}::uuid and year = any(${years}::int[])`.execute(db);
  return result.rows;
}

export interface LocalCountLine {
  area_id: string | null;
  is_total: number;
  year: number;
  persons: string | number;
}

/** Distinct participants per (year, area) and per year for one local rule. */
export async function countLocalRule(
  db: Db,
  planId: string,
  rule: LocalRule,
  years: number[],
): Promise<LocalCountLine[]> {
  const first = `${Math.min(...years)}-01-01`;
  const last = `${Math.max(...years)}-12-31`;
  if (rule.kind === 'volunteers') {
    const result = await sql<LocalCountLine>`
      select p.area_id, grouping(p.area_id) as is_total, y.year, count(distinct v.participant_id) as persons
        from volunteer v
        join participant p on p.plan_id = v.plan_id and p.id = v.participant_id
        join unnest(${years}::int[]) as y(year)
          on v.started_on <= make_date(y.year, 12, 31)
         and (v.ended_on is null or v.ended_on >= make_date(y.year, 1, 1))
       where v.plan_id = ${planId}::uuid
         and v.started_on <= ${last}::date and (v.ended_on is null or v.ended_on >= ${first}::date)
         and ${countsInStatistics('v.participant_id')}
       group by grouping sets ((y.year, p.area_id), (y.year))`.execute(db);
    return result.rows;
  }
  const result = await sql<LocalCountLine>`
    select coalesce(sc.area_id, p.area_id) as area_id,
           grouping(coalesce(sc.area_id, p.area_id)) as is_total,
           extract(year from sc.ended_on)::int as year,
           count(distinct p.id) as persons
      from support_case sc
      join participant p on p.plan_id = sc.plan_id and p.id = sc.participant_id
     where sc.plan_id = ${planId}::uuid
       and sc.ended_on between ${first}::date and ${last}::date
       and sc.outcome = any(${[...rule.outcomes]}::text[])
       and extract(year from sc.ended_on)::int - p.birth_year between ${rule.minAge} and ${rule.maxAge}
       and ${countsInStatistics('p.id')}
     group by grouping sets ((extract(year from sc.ended_on)::int, coalesce(sc.area_id, p.area_id)),
                             (extract(year from sc.ended_on)::int))`.execute(db);
  return result.rows;
}
