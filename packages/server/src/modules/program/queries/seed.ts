import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { findPlanBySlug, insertPlan } from '../../plan/index.ts';
import type { PlansSeed, ProgramSeed } from '../seed/seed-types.ts';

// The program seed's SQL: Program Vollsmose, its plan register, the 2016-2020 plan with its
// activities, the lines of work and the method notes. Runs inside the caller's transaction.

/** Serialises the program seed across processes for the rest of the transaction. */
export async function lockProgramSeed(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('helhed.program-seed'))`.execute(db);
}

async function planIdOf(trx: Db, slug: string): Promise<string> {
  const plan = await findPlanBySlug(trx, slug);
  if (!plan) throw new Error(`program seed: plan ${slug} is missing`);
  return plan.id;
}

async function activityIdOf(
  trx: Db,
  planSlug: string,
  slug: string,
): Promise<{ planId: string; id: string }> {
  const planId = await planIdOf(trx, planSlug);
  const row = await trx
    .selectFrom('plan_activity')
    .select('id')
    .where('plan_id', '=', planId)
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return { planId, id: row.id };
}

export async function insertPlan2016(trx: Db, seed: PlansSeed['plan2016']): Promise<void> {
  const plan = await insertPlan(trx, seed);
  const area = await trx
    .insertInto('plan_area')
    .values({
      plan_id: plan.id,
      slug: seed.area.slug,
      position: 1,
      name: seed.area.name,
      spellings: JSON.stringify([seed.area.name]),
      residents: seed.area.residents,
      source: seed.area.source,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let position = 0;
  for (const [index, focus] of seed.focusAreas.entries()) {
    const focusArea = await trx
      .insertInto('plan_focus_area')
      .values({ plan_id: plan.id, slug: focus.slug, position: index + 1, name: focus.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const activity of focus.activities) {
      position += 1;
      const row = await trx
        .insertInto('plan_activity')
        .values({
          plan_id: plan.id,
          focus_area_id: focusArea.id,
          slug: activity.slug,
          position,
          name: activity.name,
          purposes_intro: activity.text,
          notes: JSON.stringify(activity.notes ?? []),
          source: `003 – Boligsocial helhedsplan i Vollsmose 2016-2020, ${focus.name}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('plan_activity_target_group')
        .values({
          plan_id: plan.id,
          activity_id: row.id,
          position: 1,
          description: 'Beboere i Vollsmose',
          area_id: area.id,
        })
        .execute();
    }
  }
}

export async function insertProgram(trx: Db, seed: ProgramSeed): Promise<string> {
  const p = seed.program;
  const program = await trx
    .insertInto('program')
    .values({
      slug: p.slug,
      name: p.name,
      municipality: p.municipality,
      owner: p.owner,
      decided_on: p.decidedOn,
      description: p.description,
      source: p.source,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const goalIds = new Map<number, string>();
  for (const [index, text] of seed.goals.entries()) {
    const goal = await trx
      .insertInto('program_goal')
      .values({ program_id: program.id, position: index + 1, text, source: seed.goalsSource })
      .returning('id')
      .executeTakeFirstOrThrow();
    goalIds.set(index + 1, goal.id);
  }
  const definitionIds = new Map<string, string>();
  for (const d of seed.definitions) {
    const row = await trx
      .insertInto('program_definition')
      .values({ program_id: program.id, ...d })
      .returning('id')
      .executeTakeFirstOrThrow();
    definitionIds.set(d.key, row.id);
  }
  const definitionId = (key: string) => {
    const id = definitionIds.get(key);
    if (!id) throw new Error(`program seed: unknown definition ${key}`);
    return id;
  };
  for (const [index, s] of seed.series.entries()) {
    const series = await trx
      .insertInto('program_series')
      .values({
        program_id: program.id,
        goal_id: goalIds.get(s.goal) as string,
        key: s.key,
        position: index + 1,
        name: s.name,
        area_label: s.areaLabel,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const point of s.points ?? []) {
      await trx
        .insertInto('program_point')
        .values({
          program_id: program.id,
          series_id: series.id,
          definition_id: definitionId(point.definition),
          year: point.year,
          value: point.value,
          value_as_written: point.asWritten ?? null,
          source_document: point.document,
          source_quote: point.quote ?? null,
          note: point.note ?? null,
        })
        .execute();
    }
    for (const link of s.links ?? []) {
      const planId = await planIdOf(trx, 'odense-2024-2028');
      const indicator = await trx
        .selectFrom('plan_indicator')
        .select('id')
        .where('plan_id', '=', planId)
        .where('key', '=', link.indicator)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('program_series_link')
        .values({
          program_id: program.id,
          series_id: series.id,
          definition_id: definitionId(link.definition),
          plan_id: planId,
          indicator_id: indicator.id,
          area_slug: link.area,
          source_document: link.document,
        })
        .execute();
    }
  }
  return program.id;
}

export async function insertRegister(trx: Db, programId: string, seed: PlansSeed): Promise<void> {
  for (const [index, entry] of seed.register.entries()) {
    await trx
      .insertInto('program_plan')
      .values({
        program_id: programId,
        position: index + 1,
        name: entry.name,
        start_year: entry.startYear,
        end_year: entry.endYear,
        plan_id: entry.planSlug ? await planIdOf(trx, entry.planSlug) : null,
        status: entry.status,
        budget_total: entry.budgetTotal ?? null,
        budget_lbf: entry.budgetLbf ?? null,
        budget_local_min: entry.budgetLocalMin ?? null,
        local_share_min_pct: entry.localShareMinPct ?? null,
        financing_note: entry.financingNote ?? null,
        lbf_focus_areas: JSON.stringify(entry.lbfFocusAreas ?? []),
        source: entry.source,
        note: entry.note ?? null,
      })
      .execute();
  }
}

export async function insertContinuations(trx: Db, seed: PlansSeed): Promise<void> {
  for (const link of seed.continuations) {
    const current = await activityIdOf(trx, link.activity.plan, link.activity.slug);
    const previous = await activityIdOf(trx, link.previous.plan, link.previous.slug);
    await trx
      .insertInto('plan_activity_continuation')
      .values({
        plan_id: current.planId,
        activity_id: current.id,
        previous_plan_id: previous.planId,
        previous_activity_id: previous.id,
        note: link.note,
      })
      .execute();
  }
}

export async function insertMethodNotes(trx: Db, seed: PlansSeed): Promise<void> {
  for (const note of seed.methodNotes) {
    const activity = await activityIdOf(trx, note.plan, note.activity);
    await trx
      .insertInto('knowledge_entry')
      .values({
        plan_id: activity.planId,
        activity_id: activity.id,
        kind: 'method_note',
        year: note.year,
        title: note.title,
        body: note.body,
      })
      .execute();
  }
}
