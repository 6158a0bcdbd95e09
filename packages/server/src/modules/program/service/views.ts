import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type {
  ActivityRefT,
  ContinuationRefT,
  GoalViewT,
  ProgramViewT,
  RegisterViewT,
  SeriesViewT,
} from '../contract/program.ts';
import { listContinuations } from '../queries/continuations.ts';
import {
  findProgramForPlan,
  listActivitiesOfPlans,
  listGoalFocusAreas,
  listLinkedBaselines,
  listLinkedValues,
  listOwnPoints,
  listPlanNames,
  listProgramGoals,
  listProgramSeries,
  listProgramsForPlan,
  listRegister,
} from '../queries/program.ts';
import { joinSeries, type SeriesDefinition, type SeriesPoint, type SeriesUnit } from './series.ts';

type Program = NonNullable<Awaited<ReturnType<typeof findProgramForPlan>>>;

export async function requireProgram(db: Db, slug: string, planId: string): Promise<Program> {
  const program = await findProgramForPlan(db, slug, planId);
  if (!program) throw new AppError('NOT_FOUND');
  return program;
}

interface DefinitionRow {
  definition_key: string;
  definition_label: string;
  measure: string;
  population: string;
  unit: string;
}

const definitionOf = (row: DefinitionRow): SeriesDefinition => ({
  key: row.definition_key,
  label: row.definition_label,
  measure: row.measure,
  population: row.population,
  unit: row.unit as SeriesUnit,
});

/** The first four-digit year of a plan's baseline year text ('2021', 'September 2023'); null if several. */
export function baselineYearOf(text: string | null): number | null {
  const years = [...(text ?? '').matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length === 1 ? (years[0] as number) : null;
}

/** Every series of the program with its points joined (and broken) by definition. */
export async function buildAllSeries(db: Db, programId: string) {
  const [series, own, baselines, values] = await Promise.all([
    listProgramSeries(db, programId),
    listOwnPoints(db, programId),
    listLinkedBaselines(db, programId),
    listLinkedValues(db, programId),
  ]);
  const points = new Map<string, SeriesPoint[]>(series.map((s) => [s.id, []]));
  for (const p of own) {
    points.get(p.series_id)?.push({
      year: p.year,
      value: p.value,
      definition: definitionOf(p),
      source: p.source_document,
      quote: p.source_quote ?? p.value_as_written,
    });
  }
  for (const b of baselines) {
    const year = baselineYearOf(b.baseline_year);
    if (year === null || b.value === null) continue;
    points.get(b.series_id)?.push({
      year,
      value: b.value,
      definition: definitionOf(b),
      source: `${b.plan_name}: ${b.indicator_name} (baseline) – ${b.source_document}`,
      quote: b.as_written,
    });
  }
  for (const v of values) {
    points.get(v.series_id)?.push({
      year: v.year,
      value: v.value as number,
      definition: definitionOf(v),
      source: `${v.plan_name}: ${v.indicator_name} (indtastet værdi${v.source ? `, ${v.source}` : ''})`,
      quote: null,
    });
  }
  return series.map((s) => {
    const joined = joinSeries(points.get(s.id) ?? []);
    const definitions = [...new Map(joined.points.map((p) => [p.definition.key, p.definition])).values()];
    const view: SeriesViewT = {
      key: s.key,
      name: s.name,
      areaLabel: s.area_label,
      points: joined.points.map((p) => ({
        year: p.year,
        value: p.value,
        shownValue: p.shownValue,
        converted: p.converted,
        segment: p.segment,
        definitionKey: p.definition.key,
        source: p.source,
        quote: p.quote,
      })),
      definitions,
      segmentUnits: joined.segmentUnits,
      breaks: joined.breaks,
    };
    return { goalId: s.goal_id, view };
  });
}

/** The programs whose register holds the user's plan. */
export async function listPrograms(db: Db, ctx: RequestContext) {
  const programs = await listProgramsForPlan(db, ctx.actor.plan.id);
  return { programs: programs.map((p) => ({ slug: p.slug, name: p.name, owner: p.owner })) };
}

export async function programView(db: Db, ctx: RequestContext, slug: string): Promise<ProgramViewT> {
  const program = await requireProgram(db, slug, ctx.actor.plan.id);
  const [goals, series] = await Promise.all([
    listProgramGoals(db, program.id),
    buildAllSeries(db, program.id),
  ]);
  return {
    slug: program.slug,
    name: program.name,
    municipality: program.municipality,
    owner: program.owner,
    decidedOn: program.decided_on,
    description: program.description,
    source: program.source,
    goalsSource: goals[0]?.source ?? null,
    goals: goals.map((g) => {
      const own = series.filter((s) => s.goalId === g.id);
      return {
        position: g.position,
        text: g.text,
        seriesCount: own.length,
        breakCount: own.reduce((n, s) => n + s.view.breaks.length, 0),
      };
    }),
  };
}

/** Activity references (with plan and focus area names) by id, for the given plans. */
export async function activityRefs(
  db: Db,
  planIds: string[],
): Promise<Map<string, ActivityRefT & { planId: string; focusAreaId: string }>> {
  const plans = await listPlanNames(db, planIds);
  const planName = new Map(plans.map((p) => [p.id, p.name]));
  const rows = await listActivitiesOfPlans(db, planIds);
  return new Map(
    rows.map((a) => [
      a.id,
      {
        id: a.id,
        name: a.name,
        planName: planName.get(a.plan_id) ?? '',
        focusAreaName: a.focus_area_name,
        planId: a.plan_id,
        focusAreaId: a.focus_area_id,
      },
    ]),
  );
}

/** One goal of the program with its series and the activities of the given plan that serve it. */
export async function buildGoalView(
  db: Db,
  slug: string,
  position: number,
  planId: string,
): Promise<GoalViewT> {
  const program = await requireProgram(db, slug, planId);
  const goals = await listProgramGoals(db, program.id);
  const goal = goals.find((g) => g.position === position);
  if (!goal) throw new AppError('NOT_FOUND');
  const [series, focus] = await Promise.all([
    buildAllSeries(db, program.id),
    listGoalFocusAreas(db, program.id),
  ]);
  const focusIds = new Set(focus.filter((f) => f.goal_id === goal.id).map((f) => f.focus_area_id));
  const refs = await activityRefs(db, [planId]);
  const activities = [...refs.values()]
    .filter((a) => focusIds.has(a.focusAreaId))
    .map(({ id, name, planName, focusAreaName }) => ({ id, name, planName, focusAreaName }));
  return {
    program: { slug: program.slug, name: program.name },
    position: goal.position,
    text: goal.text,
    source: goal.source,
    series: series.filter((s) => s.goalId === goal.id).map((s) => s.view),
    activities,
  };
}

export async function goalView(db: Db, ctx: RequestContext, slug: string, position: number) {
  return buildGoalView(db, slug, position, ctx.actor.plan.id);
}

export async function registerView(db: Db, ctx: RequestContext, slug: string): Promise<RegisterViewT> {
  const program = await requireProgram(db, slug, ctx.actor.plan.id);
  const register = await listRegister(db, program.id);
  const planIds = register.flatMap((r) => (r.plan_id ? [r.plan_id] : []));
  const [refs, links] = await Promise.all([activityRefs(db, planIds), listContinuations(db)]);
  const strip = (id: string, linkId: string): ContinuationRefT[] => {
    const ref = refs.get(id);
    return ref
      ? [{ id: ref.id, name: ref.name, planName: ref.planName, focusAreaName: ref.focusAreaName, linkId }]
      : [];
  };
  return {
    program: { slug: program.slug, name: program.name },
    plans: register.map((r) => ({
      name: r.name,
      startYear: r.start_year,
      endYear: r.end_year,
      status: r.status as 'afsluttet' | 'aktiv',
      planSlug: r.plan_slug,
      budgetTotal: r.budget_total === null ? null : Number(r.budget_total),
      budgetLbf: r.budget_lbf === null ? null : Number(r.budget_lbf),
      budgetLocalMin: r.budget_local_min === null ? null : Number(r.budget_local_min),
      localShareMinPct: r.local_share_min_pct,
      financingNote: r.financing_note,
      lbfFocusAreas: (r.lbf_focus_areas as string[]) ?? [],
      source: r.source,
      note: r.note,
      activities: [...refs.values()]
        .filter((a) => a.planId === r.plan_id)
        .map((a) => ({
          id: a.id,
          name: a.name,
          focusAreaName: a.focusAreaName,
          continues: links
            .filter((l) => l.activity_id === a.id)
            .flatMap((l) => strip(l.previous_activity_id, l.id)),
          continuedBy: links
            .filter((l) => l.previous_activity_id === a.id)
            .flatMap((l) => strip(l.activity_id, l.id)),
        })),
    })),
  };
}
