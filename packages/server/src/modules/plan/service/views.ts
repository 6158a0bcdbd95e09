import { da } from '@helhed/core';
import type { z } from 'zod';
import type { Db, DbReader } from '../../../platform/db/database.ts';
import type { ActivitySummary, ActivityView } from '../contract/activities.ts';
import type { BaselineView, GoalView, IndicatorSummary } from '../contract/indicators.ts';
import type { PlanOverview, SubAgreementView } from '../contract/overview.ts';
import type { ActivityChildRows, ActivityRow } from '../queries/activities.ts';
import {
  type BaselineRow,
  type GoalRow,
  type InconsistencyRow,
  type IndicatorRow,
  listBaselines,
  listInconsistencies,
  listIndicatorsOfGoals,
} from '../queries/indicators.ts';
import {
  type FocusAreaRow,
  findPlanOverview,
  listAgeGroups,
  listAreas,
  listDepartments,
  listFocusAreas,
  listParties,
} from '../queries/overview.ts';

// Maps rows to the API views of the plan's contract.

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

export async function buildOverview(db: Db, planId: string): Promise<z.infer<typeof PlanOverview>> {
  const [plan, parties, areas, departments, ageGroups, focusAreas] = await Promise.all([
    findPlanOverview(db, planId),
    listParties(db, planId),
    listAreas(db, planId),
    listDepartments(db, planId),
    listAgeGroups(db, planId),
    listFocusAreas(db, planId),
  ]);
  const residents = areas.map((a) => a.residents);
  return {
    totalResidentsNote: da.planApi.totalResidentsComputed,
    id: plan.id,
    slug: plan.slug,
    name: plan.name,
    municipality: plan.municipality,
    periodStart: plan.period_start,
    periodEnd: plan.period_end,
    parties: parties.map((p) => ({
      name: p.name,
      shortName: p.short_name,
      signedDate: p.signed_date,
      signedDateAsWritten: p.signed_date_as_written,
    })),
    partiesNote: plan.parties_note,
    areas: areas.map((a) => ({
      slug: a.slug,
      name: a.name,
      residents: a.residents,
      residentsDate: a.residents_date,
      residentsAsWritten: a.residents_as_written,
      nonWesternShare: a.non_western_share,
      nonWesternShareAsWritten: a.non_western_share_as_written,
      status: a.status,
      uncertainties: Array.isArray(a.uncertainties)
        ? (a.uncertainties as Array<{ field: string; note: string }>)
        : [],
      departments: departments.filter((d) => d.area_id === a.id).map((d) => d.name),
      ageGroups: ageGroups
        .filter((g) => g.area_id === a.id)
        .map((g) => ({
          key: g.key,
          label: g.label,
          value: g.value,
          unit: g.unit === 'pct' ? ('pct' as const) : ('count' as const),
          asWritten: g.as_written,
          dataSource: g.data_source,
        })),
    })),
    focusAreas: focusAreas.map((f) => ({
      slug: f.slug,
      name: f.focus_area_name,
      weeklyStaffHours: f.weekly_staff_hours,
    })),
    totalResidents:
      residents.length > 0 && residents.every((r) => r !== null)
        ? residents.reduce<number>((sum, r) => sum + (r ?? 0), 0)
        : null,
  };
}

function firstYear(text: string | null): number | null {
  const match = text ? /\b(19|20)\d{2}\b/.exec(text) : null;
  return match ? Number(match[0]) : null;
}

export function presentBaseline(row: BaselineRow): z.infer<typeof BaselineView> {
  return {
    scope: row.scope as 'area' | 'plan' | 'other',
    areaSlug: row.area_slug,
    label: row.label,
    value: row.value,
    status: row.status as z.infer<typeof BaselineView>['status'],
    qualifier: row.qualifier,
    asWritten: row.as_written,
    note: row.note,
  };
}

export function presentIndicator(
  row: IndicatorRow,
  baselines: BaselineRow[],
  inconsistencies: InconsistencyRow[],
): z.infer<typeof IndicatorSummary> {
  return {
    id: row.key,
    name: row.name,
    unit: row.unit as z.infer<typeof IndicatorSummary>['unit'],
    baselineYear: row.baseline_year,
    baselineYearValue: firstYear(row.baseline_year),
    baselineYearNote: row.baseline_year_note,
    dataSource: row.data_source,
    measurement: row.measurement,
    note: row.note,
    footnotes: strings(row.footnotes),
    areasNotListed: strings(row.areas_not_listed),
    baselines: baselines.filter((b) => b.indicator_id === row.id).map(presentBaseline),
    inconsistencies: inconsistencies
      .filter((x) => strings(x.indicator_keys).includes(row.key))
      .map((x) => ({
        key: x.key,
        what: x.what,
        quotes: Array.isArray(x.quotes) ? (x.quotes as Array<{ where: string; text: string }>) : [],
      })),
  };
}

/** Goals with their indicators, baselines and the documents' inconsistencies. */
export async function buildGoals(
  db: DbReader,
  planId: string,
  goals: GoalRow[],
): Promise<z.infer<typeof GoalView>[]> {
  const indicators = await listIndicatorsOfGoals(
    db,
    planId,
    goals.map((g) => g.id),
  );
  const [baselines, inconsistencies] = await Promise.all([
    listBaselines(
      db,
      planId,
      indicators.map((i) => i.id),
    ),
    listInconsistencies(db, planId),
  ]);
  return goals.map((g) => ({
    id: g.id,
    level: g.level as 'overordnet' | 'delmaal',
    focusAreaSlug: g.focus_area_slug,
    text: g.text,
    source: g.source,
    note: g.note,
    indicators: indicators
      .filter((i) => i.goal_id === g.id)
      .map((i) => presentIndicator(i, baselines, inconsistencies)),
  }));
}

export function presentSubAgreement(row: FocusAreaRow): z.infer<typeof SubAgreementView> {
  const staffHours = Array.isArray(row.staff_hours)
    ? (row.staff_hours as Array<{ label: string; weeklyHours: number }>)
    : [];
  const parties = Array.isArray(row.parties)
    ? (row.parties as Array<{
        title: string;
        organisation: string;
        includes?: string[];
        asWritten?: string | null;
      }>)
    : [];
  return {
    id: row.id,
    focusAreaSlug: row.slug,
    name: row.name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    parties: parties.map((p) => ({
      title: p.title,
      organisation: p.organisation,
      includes: p.includes ?? [],
      asWritten: p.asWritten ?? null,
    })),
    weeklyStaffHours: row.weekly_staff_hours,
    weeklyStaffHoursAsWritten: row.weekly_staff_hours_as_written,
    staffHoursYears: row.staff_hours_years,
    staffHoursIncludes: row.staff_hours_includes,
    staffHoursNote: row.staff_hours_note,
    staffHours,
    staffHoursLinesTotal:
      staffHours.length > 0 ? staffHours.reduce((sum, l) => sum + l.weeklyHours, 0) : null,
    revisionText: row.revision_text,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentActivitySummary(row: ActivityRow): z.infer<typeof ActivitySummary> {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    focusAreaSlug: row.focus_area_slug,
    focusAreaName: row.focus_area_name,
    format: row.format,
    weeklyStaffHours: row.weekly_staff_hours,
  };
}

export function presentActivity(row: ActivityRow, children: ActivityChildRows): z.infer<typeof ActivityView> {
  const total = row.target_total as {
    count?: number | null;
    asWritten?: string | null;
    note?: string | null;
  } | null;
  return {
    ...presentActivitySummary(row),
    purposesIntro: row.purposes_intro,
    purposes: children.purposes.map((p) => p.text),
    targetGroup: row.target_group,
    targetGroups: children.targetGroups.map((t) => ({
      description: t.description,
      areaSlug: t.area_slug,
      count: t.count,
      asWritten: t.as_written,
      source: t.source,
    })),
    targetTotal: total
      ? { count: total.count ?? null, asWritten: total.asWritten ?? null, note: total.note ?? null }
      : null,
    ageRanges: strings(row.age_ranges),
    formatReason: row.format_reason,
    referralSources: children.referralSources.map((r) => r.name),
    referralEvidence: strings(row.referral_evidence),
    recruitment: row.recruitment,
    partners: children.partners.map((p) => p.name),
    sessionStructure: row.session_structure,
    sessions: children.sessions.map((s) => ({
      number: s.number,
      title: s.title,
      description: s.description,
      topics: strings(s.topics),
    })),
    afterCourse: row.after_course,
    evaluation: row.evaluation,
    responsible: row.responsible,
    notes: strings(row.notes),
    source: row.source,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
