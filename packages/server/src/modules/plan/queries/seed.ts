import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.ts';
import type { ActivitySeed, PlanContentSeed } from '../seed/seed-types.ts';
import { insertActivityChildren } from './activity-children.ts';

type Trx = Transaction<Database>;
const json = (value: unknown) => JSON.stringify(value);

export async function planHasContent(db: Trx, planId: string): Promise<boolean> {
  const row = await db.selectFrom('plan_area').select('id').where('plan_id', '=', planId).executeTakeFirst();
  return row !== undefined;
}

/** Loads a plan's whole content inside the caller's transaction (the caller names the actor). */
export async function insertPlanContent(trx: Trx, planId: string, seed: PlanContentSeed): Promise<void> {
  const { plan, indicators, activities } = seed;
  await trx
    .updateTable('plan')
    .set({ parties_note: plan.plan.partiesNote })
    .where('id', '=', planId)
    .execute();
  if (plan.plan.parties.length > 0) {
    await trx
      .insertInto('plan_party')
      .values(
        plan.plan.parties.map((p, position) => ({
          plan_id: planId,
          position,
          name: p.name,
          short_name: p.shortName,
          signed_date: p.signedDate,
          signed_date_as_written: p.signedDateAsWritten,
          source: p.source,
        })),
      )
      .execute();
  }

  const areaIds = new Map<string, string>();
  for (const [position, area] of plan.areas.entries()) {
    const { id } = await trx
      .insertInto('plan_area')
      .values({
        plan_id: planId,
        slug: area.slug,
        position,
        name: area.name,
        spellings: json(area.spellings),
        residents: area.residents,
        residents_date: area.residentsDate,
        residents_as_written: area.residentsAsWritten,
        non_western_share: area.nonWesternShare,
        non_western_share_as_written: area.nonWesternShareAsWritten,
        status: area.status,
        source: area.source,
        uncertainties: json(area.uncertainties),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    areaIds.set(area.slug, id);
    if (area.departments.length > 0) {
      await trx
        .insertInto('plan_department')
        .values(area.departments.map((name, i) => ({ plan_id: planId, area_id: id, position: i, name })))
        .execute();
    }
    if (area.ageGroups.length > 0) {
      await trx
        .insertInto('plan_age_group')
        .values(
          area.ageGroups.map((g, i) => ({
            plan_id: planId,
            area_id: id,
            position: i,
            key: g.key,
            label: g.label,
            value: g.value,
            unit: g.unit,
            as_written: g.asWritten,
            data_source: g.dataSource,
            note: g.note,
          })),
        )
        .execute();
    }
  }
  const areaId = (slug: string | null) => {
    if (slug === null) return null;
    const id = areaIds.get(slug);
    if (!id) throw new Error(`seed: unknown area ${slug}`);
    return id;
  };

  const focusAreaIds = new Map<string, string>();
  for (const [position, fa] of plan.focusAreas.entries()) {
    const { id } = await trx
      .insertInto('plan_focus_area')
      .values({
        plan_id: planId,
        slug: fa.slug,
        position,
        name: fa.name,
        team: fa.team,
        goal_text: fa.goalText,
        lbf_overall_goal: fa.lbfOverallGoal,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    focusAreaIds.set(fa.slug, id);
    const sa = fa.subAgreement;
    await trx
      .insertInto('plan_sub_agreement')
      .values({
        plan_id: planId,
        focus_area_id: id,
        name: sa.name,
        period_start: sa.periodStart,
        period_end: sa.periodEnd,
        parties: json(sa.parties),
        weekly_staff_hours: sa.weeklyStaffHours,
        weekly_staff_hours_as_written: sa.weeklyStaffHoursAsWritten,
        staff_hours_years: sa.staffHoursYears,
        staff_hours_includes: sa.staffHoursIncludes,
        staff_hours_note: sa.staffHoursNote,
        staff_hours: json([]),
        revision_text: sa.revisionText,
        source: sa.source,
      })
      .execute();
  }
  const focusAreaId = (slug: string) => {
    const id = focusAreaIds.get(slug);
    if (!id) throw new Error(`seed: unknown focus area ${slug}`);
    return id;
  };

  let indicatorPosition = 0;
  for (const [position, goal] of indicators.goals.entries()) {
    const { id: goalId } = await trx
      .insertInto('plan_goal')
      .values({
        plan_id: planId,
        position,
        level: goal.level,
        focus_area_id: goal.focusAreaSlug ? focusAreaId(goal.focusAreaSlug) : null,
        text: goal.text,
        source: goal.source,
        note: goal.note,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const indicator of goal.indicators) {
      const { id: indicatorId } = await trx
        .insertInto('plan_indicator')
        .values({
          plan_id: planId,
          goal_id: goalId,
          key: indicator.key,
          position: indicatorPosition++,
          name: indicator.name,
          unit: indicator.unit,
          baseline_year: indicator.baselineYear,
          baseline_year_note: indicator.baselineYearNote,
          data_source: indicator.dataSource,
          measurement: indicator.measurement,
          note: indicator.note,
          footnotes: json(indicator.footnotes),
          areas_not_listed: json(indicator.areasNotListed),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (indicator.baselines.length > 0) {
        await trx
          .insertInto('plan_baseline')
          .values(
            indicator.baselines.map((b, i) => ({
              plan_id: planId,
              indicator_id: indicatorId,
              position: i,
              scope: b.scope,
              area_id: b.scope === 'area' ? areaId(b.areaSlug) : null,
              label: b.label,
              value: b.value,
              status: b.status,
              qualifier: b.qualifier,
              as_written: b.asWritten,
              note: b.note,
            })),
          )
          .execute();
      }
    }
  }
  if (indicators.inconsistencies.length > 0) {
    await trx
      .insertInto('plan_inconsistency')
      .values(
        indicators.inconsistencies.map((x) => ({
          plan_id: planId,
          key: x.key,
          what: x.what,
          quotes: json(x.quotes),
          indicator_keys: json(x.indicatorKeys),
        })),
      )
      .execute();
  }

  for (const [position, activity] of activities.activities.entries()) {
    await insertSeedActivity(trx, planId, position, activity, focusAreaId(activity.focusAreaSlug), areaId);
  }
}

async function insertSeedActivity(
  trx: Trx,
  planId: string,
  position: number,
  a: ActivitySeed,
  focusAreaId: string,
  areaId: (slug: string | null) => string | null,
): Promise<void> {
  const { id } = await trx
    .insertInto('plan_activity')
    .values({
      plan_id: planId,
      focus_area_id: focusAreaId,
      slug: a.slug,
      position,
      name: a.name,
      purposes_intro: a.purposesIntro,
      target_group: a.targetGroup,
      target_total: a.targetTotal ? json(a.targetTotal) : null,
      age_ranges: json(a.ageRanges),
      format: a.format,
      format_reason: a.formatReason,
      referral_evidence: json(a.referralEvidence),
      recruitment: a.recruitment,
      session_structure: a.sessionStructure,
      after_course: a.afterCourse,
      evaluation: a.evaluation,
      responsible: a.responsible,
      notes: json(a.notes),
      source: a.source,
      weekly_staff_hours: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertActivityChildren(trx, planId, id, {
    purposes: a.purposes,
    referralSources: a.referralSources,
    partners: a.partners,
    targetGroups: a.targetGroups.map((t) => ({ ...t, areaId: areaId(t.areaSlug) })),
    sessions: a.sessions,
  });
}
