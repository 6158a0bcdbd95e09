import { da, fill } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { buildQuarterlyReport, lastCompletedQuarter, parseQuarter } from '../../reports/index.ts';
import type { GoalViewT, ProgramReportView } from '../contract/program.ts';
import { findProgramBySlug, listProgramGoals, listRegister } from '../queries/program.ts';
import { buildGoalView, requireProgram } from './views.ts';

// The program report for Økonomiudvalget: every political goal with its series over time and the
// current plan's contributing activities with their quarterly deliveries (discretion-safe, taken
// from the reports module). The same JSON feeds the page, the PDF and the CLI.

export type ProgramReport = z.output<typeof ProgramReportView>;

export async function buildProgramReport(
  db: Db,
  slug: string,
  options: { quarter?: string | undefined; now?: Date } = {},
): Promise<ProgramReport> {
  const program = await findProgramBySlug(db, slug);
  if (!program) throw new AppError('NOT_FOUND');
  const quarter = options.quarter ? parseQuarter(options.quarter) : lastCompletedQuarter(options.now);
  const register = await listRegister(db, program.id);
  const current = register.find((r) => r.status === 'aktiv' && r.plan_id) ?? null;
  const goals = await listProgramGoals(db, program.id);
  const quarterly = current?.plan_id
    ? await buildQuarterlyReport(db, { planId: current.plan_id }, quarter.key)
    : null;
  const byActivity = new Map((quarterly?.activities ?? []).map((a) => [a.activityId, a]));
  const views = [];
  for (const goal of goals) {
    // The current plan is registered in the program, so the goal view can be built for it.
    const view = current?.plan_id
      ? await buildGoalView(db, program.slug, goal.position, current.plan_id)
      : null;
    if (!view) continue;
    views.push({
      ...view,
      deliveries: view.activities.map((a) => {
        const row = byActivity.get(a.id);
        return {
          activityId: a.id,
          activityName: a.name,
          focusAreaName: a.focusAreaName,
          uniqueParticipants: row?.uniqueParticipants ?? 0,
          casesStarted: row?.casesStarted ?? 0,
          sessionsHeld: row?.sessionsHeld ?? 0,
        };
      }),
    });
  }
  return {
    program: { slug: program.slug, name: program.name, owner: program.owner, decidedOn: program.decided_on },
    currentPlan: current ? { name: current.name } : null,
    quarter: quarter.key,
    generatedAt: (options.now ?? new Date()).toISOString(),
    goals: views,
  };
}

/** The report of a program the user's plan is registered in (the CLI builds any program's). */
export async function programReport(db: Db, ctx: RequestContext, slug: string, quarter?: string) {
  await requireProgram(db, slug, ctx.actor.plan.id);
  return buildProgramReport(db, slug, { quarter });
}

const t = da.program.report;

export function breakNote(b: GoalViewT['series'][number]['breaks'][number]): string {
  return fill(t.breakNote, {
    from: String(b.fromYear),
    to: String(b.toYear),
    before: b.before.label,
    after: b.after.label,
  });
}
