import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { GoalList } from '../contract/indicators.ts';
import type { FocusAreaDetail, PlanOverview, StaffHoursView } from '../contract/overview.ts';
import { listActivities } from '../queries/activities.ts';
import { listGoals } from '../queries/indicators.ts';
import { findFocusAreaBySlug, listFocusAreas } from '../queries/overview.ts';
import { buildGoals, buildOverview, presentSubAgreement } from './views.ts';

// The plan's read pages. The plan holds no personal data: every role may read it, and reads are
// not audit-logged. The plan is always the session's, never one named in the request.

export function planOverview(db: Db, ctx: RequestContext): Promise<z.infer<typeof PlanOverview>> {
  return buildOverview(db, ctx.actor.plan.id);
}

/** Section 5's overordnede mål with their indicators. */
export async function planGoals(db: Db, ctx: RequestContext): Promise<z.infer<typeof GoalList>> {
  const planId = ctx.actor.plan.id;
  const goals = await listGoals(db, planId, { level: 'overordnet' });
  return { goals: await buildGoals(db, planId, goals) };
}

export async function focusAreaDetail(
  db: Db,
  ctx: RequestContext,
  slug: string,
): Promise<z.infer<typeof FocusAreaDetail>> {
  const planId = ctx.actor.plan.id;
  const focusArea = await findFocusAreaBySlug(db, planId, slug);
  if (!focusArea) throw new AppError('NOT_FOUND');
  const [goals, activities] = await Promise.all([
    listGoals(db, planId, { focusAreaId: focusArea.focus_area_id }),
    listActivities(db, planId, focusArea.focus_area_id),
  ]);
  return {
    slug: focusArea.slug,
    name: focusArea.focus_area_name,
    team: focusArea.team,
    goalText: focusArea.goal_text,
    lbfOverallGoal: focusArea.lbf_overall_goal,
    subAgreement: presentSubAgreement(focusArea),
    goals: await buildGoals(db, planId, goals),
    activities: activities.map((a) => ({ id: a.id, slug: a.slug, name: a.name })),
  };
}

/** Every indsatsområde's staff hours as its delaftale states them, and the plan's total. */
export async function staffHours(db: Db, ctx: RequestContext): Promise<z.infer<typeof StaffHoursView>> {
  const rows = await listFocusAreas(db, ctx.actor.plan.id);
  const focusAreas = rows.map((row) => {
    const sub = presentSubAgreement(row);
    return {
      slug: row.slug,
      name: row.focus_area_name,
      subAgreementId: sub.id,
      subAgreementName: sub.name,
      weeklyStaffHours: sub.weeklyStaffHours,
      weeklyStaffHoursAsWritten: sub.weeklyStaffHoursAsWritten,
      staffHoursYears: sub.staffHoursYears,
      staffHoursIncludes: sub.staffHoursIncludes,
      staffHoursNote: sub.staffHoursNote,
      lines: sub.staffHours,
    };
  });
  const totalWeeklyStaffHours = focusAreas.reduce((sum, f) => sum + (f.weeklyStaffHours ?? 0), 0);
  return { focusAreas, totalWeeklyStaffHours };
}
