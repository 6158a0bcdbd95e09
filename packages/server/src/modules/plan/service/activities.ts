import { da } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, type FieldError, fieldError } from '../../../platform/http/errors.ts';
import type { ActivityView, CreateActivityInput, PatchActivityInput } from '../contract/activities.ts';
import {
  type ActivityChildTable,
  deleteActivityChildren,
  findActivity,
  findActivityByClientKey,
  insertActivity,
  listActivityChildren,
  nextActivityPosition,
  updateActivity,
} from '../queries/activities.ts';
import { type ActivityChildren, insertActivityChildren } from '../queries/activity-children.ts';
import { listAreas, listFocusAreas } from '../queries/overview.ts';
import { syncSessions, syncTargetGroups } from './activity-child-sync.ts';
import { activityView } from './activity-views.ts';
import { areaResolver } from './indicator-values.ts';

// New and changed activities. Every write runs in one transaction naming the actor, so the history
// trigger records who changed what. A list of texts sent replaces the whole list; target groups and
// sessions are matched row by row (activity-child-sync.ts), so each row keeps what the body cannot carry.

type Input = PatchActivityInput & Partial<Pick<CreateActivityInput, 'clientKey'>>;

async function resolveReferences(db: Db, planId: string, input: Input) {
  const details: FieldError[] = [];
  let focusAreaId: string | undefined;
  if (input.focusAreaSlug !== undefined) {
    const focusAreas = await listFocusAreas(db, planId);
    focusAreaId = focusAreas.find((f) => f.slug === input.focusAreaSlug)?.focus_area_id;
    if (!focusAreaId) details.push({ field: 'focusAreaSlug', message: da.planApi.unknownFocusArea });
  }
  let targetGroups: ActivityChildren['targetGroups'];
  if (input.targetGroups) {
    const findArea = areaResolver(await listAreas(db, planId));
    targetGroups = input.targetGroups.map((t, index) => {
      const area = t.areaSlug ? findArea(t.areaSlug) : null;
      if (area === undefined)
        details.push({ field: `targetGroups.${index}.areaSlug`, message: da.planApi.unknownArea });
      return { description: t.description, areaId: area?.id ?? null, count: t.count };
    });
  }
  if (details.length > 0) throw new AppError('VALIDATION', details);
  return { focusAreaId, targetGroups };
}

function sameList<T>(a: T[], b: T[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The activity's lists of plain texts, each with the table that holds it. */
const TEXT_LISTS = [
  ['purposes', 'plan_activity_purpose'],
  ['referralSources', 'plan_activity_referral_source'],
  ['partners', 'plan_activity_partner'],
] as const;

/** Replaces the text lists that were sent and differ from what is stored; syncs the rows. */
async function replaceChildren(
  trx: Db,
  planId: string,
  activityId: string,
  input: Input,
  targetGroups: ActivityChildren['targetGroups'],
) {
  const current = await listActivityChildren(trx, planId, activityId);
  const replace: ActivityChildren = {};
  const clear: ActivityChildTable[] = [];
  const storedLists = {
    purposes: current.purposes.map((p) => p.text),
    referralSources: current.referralSources.map((r) => r.name),
    partners: current.partners.map((p) => p.name),
  };
  for (const [key, table] of TEXT_LISTS) {
    const sent = input[key];
    if (sent && !sameList(sent, storedLists[key])) {
      replace[key] = sent;
      clear.push(table);
    }
  }
  for (const table of clear) await deleteActivityChildren(trx, planId, activityId, table);
  await insertActivityChildren(trx, planId, activityId, replace);
  if (targetGroups) await syncTargetGroups(trx, planId, activityId, targetGroups);
  if (input.sessions) await syncSessions(trx, planId, activityId, input.sessions);
}

type Activity = z.infer<typeof ActivityView>;

/** A new activity, answered as the activity page shows it; a replayed clientKey answers the first. */
export async function createActivity(
  db: Db,
  ctx: RequestContext,
  input: CreateActivityInput,
): Promise<{ activity: Activity; isReplay: boolean }> {
  const planId = ctx.actor.plan.id;
  const { id, isReplay } = await insertNewActivity(db, ctx, planId, input);
  return { activity: await activityView(db, planId, id), isReplay };
}

async function insertNewActivity(
  db: Db,
  ctx: RequestContext,
  planId: string,
  input: CreateActivityInput,
): Promise<{ id: string; isReplay: boolean }> {
  const earlier = await findActivityByClientKey(db, planId, input.clientKey);
  if (earlier) return { id: earlier.id, isReplay: true };
  const { focusAreaId, targetGroups } = await resolveReferences(db, planId, input);
  if (!focusAreaId) throw fieldError('focusAreaSlug', da.planApi.unknownFocusArea);
  return withTransaction(db, ctx, async (trx) => {
    const inserted = await insertActivity(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      focus_area_id: focusAreaId,
      position: await nextActivityPosition(trx, planId),
      name: input.name,
      target_group: input.targetGroup,
      format: input.format,
      weekly_staff_hours: input.weeklyStaffHours,
    });
    if (!inserted) {
      // A concurrent retry with the same key won the race: answer with its activity.
      const winner = await findActivityByClientKey(trx, planId, input.clientKey);
      if (!winner) throw new AppError('CONFLICT');
      return { id: winner.id, isReplay: true };
    }
    await replaceChildren(trx, planId, inserted.id, input, targetGroups);
    return { id: inserted.id, isReplay: false };
  });
}

/** Changes the fields sent; answers with the activity as it now is. */
export async function patchActivity(
  db: Db,
  ctx: RequestContext,
  activityId: string,
  input: PatchActivityInput,
): Promise<Activity> {
  const planId = ctx.actor.plan.id;
  if (!(await findActivity(db, planId, activityId))) throw new AppError('NOT_FOUND');
  const { focusAreaId, targetGroups } = await resolveReferences(db, planId, input);
  await withTransaction(db, ctx, async (trx) => {
    const result = await updateActivity(trx, planId, activityId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(focusAreaId !== undefined ? { focus_area_id: focusAreaId } : {}),
      ...(input.targetGroup !== undefined ? { target_group: input.targetGroup } : {}),
      ...(input.format !== undefined ? { format: input.format } : {}),
      ...(input.weeklyStaffHours !== undefined ? { weekly_staff_hours: input.weeklyStaffHours } : {}),
    });
    if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND');
    await replaceChildren(trx, planId, activityId, input, targetGroups);
  });
  return activityView(db, planId, activityId);
}
