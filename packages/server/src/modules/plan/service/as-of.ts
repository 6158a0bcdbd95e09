import { da, fill, formatLongDate, todayInDenmark } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import type { SubAgreementsAsOf } from '../contract/as-of.ts';
import type { FocusAreaDetail } from '../contract/overview.ts';
import { listActivities } from '../queries/activities.ts';
import {
  changesFrom,
  currentRows,
  endOfDanishDay,
  readerOver,
  subAgreementsChangedBefore,
} from '../queries/as-of.ts';
import { listGoals } from '../queries/indicators.ts';
import { findPlanOverview, listFocusAreas } from '../queries/overview.ts';
import { rowsAsOf } from './as-of-fold.ts';
import { buildGoals, presentSubAgreement } from './views.ts';

// LBF: "ajourførte delaftaler skal til hver en tid kunne rekvireres". The delaftaler of a past day
// are today's rows with the history since undone (as-of-fold.ts), read by the same queries and
// presenters as today's plan, so the past and the present cannot be shown differently.

type FocusAreaView = z.infer<typeof FocusAreaDetail>;

/** The delaftaler, their delmål with indicators and baselines, and their activities at `instant`. */
export async function delaftalerAt(
  db: Db,
  planId: string,
  instant: Date,
): Promise<{ focusAreas: FocusAreaView[]; changesSince: number }> {
  const [current, changes, changedAt] = await Promise.all([
    currentRows(db, planId),
    changesFrom(db, planId, instant),
    subAgreementsChangedBefore(db, planId, instant),
  ]);
  const reader = readerOver(db, rowsAsOf(planId, current, changes));
  const [focusAreas, goalRows, activities] = await Promise.all([
    listFocusAreas(reader, planId),
    listGoals(reader, planId),
    listActivities(reader, planId),
  ]);
  const goals = await buildGoals(reader, planId, goalRows);
  const views = focusAreas.map((row) => {
    const subAgreement = presentSubAgreement(row);
    const at = changedAt.get(row.id);
    return {
      slug: row.slug,
      name: row.focus_area_name,
      team: row.team,
      goalText: row.goal_text,
      lbfOverallGoal: row.lbf_overall_goal,
      // updated_at is not kept by the history; the last change before the day is.
      subAgreement: at ? { ...subAgreement, updatedAt: at.toISOString() } : subAgreement,
      goals: goals.filter((goal) => goal.focusAreaSlug === row.slug),
      activities: activities
        .filter((activity) => activity.focus_area_slug === row.slug)
        .map((activity) => ({ id: activity.id, slug: activity.slug, name: activity.name })),
    };
  });
  return { focusAreas: views, changesSince: changes.length };
}

/** The session's plan's delaftaler at the end of `date`: from the plan period's start to today. */
export async function subAgreementsAsOf(
  db: Db,
  ctx: RequestContext,
  date: string,
): Promise<z.infer<typeof SubAgreementsAsOf>> {
  const planId = ctx.actor.plan.id;
  const plan = await findPlanOverview(db, planId);
  const today = todayInDenmark();
  const start = plan.period_start ?? date;
  if (date < start || date > today) {
    throw fieldError(
      'date',
      fill(da.planAsOf.dateOutOfRange, { start: formatLongDate(start), today: formatLongDate(today) }),
    );
  }
  return delaftalerOnDay(db, planId, date);
}

/** The delaftaler at the end of a Danish calendar day, for any caller that has checked the day. */
export async function delaftalerOnDay(
  db: Db,
  planId: string,
  date: string,
): Promise<z.infer<typeof SubAgreementsAsOf>> {
  const boundary = await endOfDanishDay(db, date);
  const { focusAreas, changesSince } = await delaftalerAt(db, planId, boundary);
  return { date, boundary: boundary.toISOString(), focusAreas, changesSince };
}
