import { da } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type {
  CreateMilestoneInput,
  MilestoneList,
  MilestoneStatus,
  MilestoneView,
  PatchMilestoneInput,
  ResponsibleList,
} from '../contract/milestones.ts';
import {
  findMilestone,
  findMilestoneIdByClientKey,
  findResponsible,
  insertMilestone,
  listActivities,
  listMilestoneRows,
  listResponsibles,
  listSubAgreements,
  removeMilestone,
  updateMilestone,
} from '../queries/milestones.ts';
import { today } from './clock.ts';
import { presentMilestone } from './presenters.ts';
import { countStatuses } from './status.ts';

const e = da.milestones.errors;
type View = z.infer<typeof MilestoneView>;

/** The plan's delaftaler, each with the activities of its indsatsområde (what the form offers). */
async function subAgreementChoices(db: Db, planId: string) {
  const [subAgreements, activities] = await Promise.all([
    listSubAgreements(db, planId),
    listActivities(db, planId),
  ]);
  return subAgreements.map((sa) => ({
    id: sa.id,
    name: sa.name,
    focusAreaSlug: sa.slug,
    focusAreaName: sa.focus_area_name,
    focusAreaId: sa.focus_area_id,
    activities: activities
      .filter((a) => a.focus_area_id === sa.focus_area_id)
      .map((a) => ({ id: a.id, name: a.name })),
  }));
}

export async function milestoneList(db: Db, ctx: RequestContext): Promise<z.infer<typeof MilestoneList>> {
  const planId = ctx.actor.plan.id;
  const asOf = today();
  const [rows, choices] = await Promise.all([listMilestoneRows(db, planId), subAgreementChoices(db, planId)]);
  return {
    asOf,
    milestones: rows.map((row) => presentMilestone(row, asOf)),
    subAgreements: choices.map(({ focusAreaId: _, ...choice }) => choice),
  };
}

/** The overview's status: the counts, and the first open milestones (late ones first, then by date). */
export async function milestoneStatus(db: Db, ctx: RequestContext): Promise<z.infer<typeof MilestoneStatus>> {
  const asOf = today();
  const rows = await listMilestoneRows(db, ctx.actor.plan.id);
  const open = rows
    .map((row) => presentMilestone(row, asOf))
    .filter((m) => m.status !== 'done')
    .sort(
      (a, b) =>
        Number(b.status === 'late') - Number(a.status === 'late') ||
        a.dueOn.localeCompare(b.dueOn) ||
        a.id.localeCompare(b.id),
    );
  return { asOf, ...countStatuses(rows, asOf), next: open.slice(0, 5) };
}

export async function responsibleList(db: Db, ctx: RequestContext): Promise<z.infer<typeof ResponsibleList>> {
  const users = await listResponsibles(db, ctx.actor.plan.id);
  return { users: users.map((u) => ({ id: u.id, name: u.display_name, role: u.role })) };
}

/** Refuses a delaftale, activity or responsible person outside the plan, in Danish, at its field. */
async function checkReferences(
  db: Db,
  planId: string,
  refs: { subAgreementId: string; activityId: string | null; responsibleUserId: string },
): Promise<void> {
  const choices = await subAgreementChoices(db, planId);
  const subAgreement = choices.find((c) => c.id === refs.subAgreementId);
  if (!subAgreement) throw fieldError('subAgreementId', e.unknownSubAgreement);
  if (refs.activityId && !subAgreement.activities.some((a) => a.id === refs.activityId)) {
    throw fieldError('activityId', e.unknownActivity);
  }
  if (!(await findResponsible(db, planId, refs.responsibleUserId))) {
    throw fieldError('responsibleUserId', e.unknownResponsible);
  }
}

async function viewOf(db: Db, planId: string, id: string): Promise<View> {
  const row = (await listMilestoneRows(db, planId)).find((r) => r.id === id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentMilestone(row, today());
}

/** Adds a milestone; a retried request (same clientKey) answers the first one, `created` false. */
export async function createMilestone(
  db: Db,
  ctx: RequestContext,
  input: CreateMilestoneInput,
): Promise<{ created: boolean; milestone: View }> {
  const planId = ctx.actor.plan.id;
  const activityId = input.activityId ?? null;
  await checkReferences(db, planId, { ...input, activityId });
  const id = await withTransaction(db, ctx, async (trx) => {
    const inserted = await insertMilestone(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      sub_agreement_id: input.subAgreementId,
      activity_id: activityId,
      due_on: input.dueOn,
      text: input.text,
      responsible_user_id: input.responsibleUserId,
      created_by: ctx.who.actorId,
    });
    if (inserted) return { id: inserted.id, created: true };
    const existing = await findMilestoneIdByClientKey(trx, planId, input.clientKey);
    if (!existing) throw new AppError('CONFLICT');
    return { id: existing.id, created: false };
  });
  return { created: id.created, milestone: await viewOf(db, planId, id.id) };
}

/** Edits a milestone, marks it done, late or not started; only the fields sent change. */
export async function patchMilestone(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: PatchMilestoneInput,
): Promise<View> {
  const planId = ctx.actor.plan.id;
  const current = await findMilestone(db, planId, id);
  if (!current) throw new AppError('NOT_FOUND');
  const next = {
    subAgreementId: input.subAgreementId ?? current.sub_agreement_id,
    // A new delaftale without an activity named drops the old one, which belongs to the old delaftale.
    activityId:
      input.activityId !== undefined
        ? input.activityId
        : input.subAgreementId && input.subAgreementId !== current.sub_agreement_id
          ? null
          : current.activity_id,
    responsibleUserId: input.responsibleUserId ?? current.responsible_user_id,
  };
  await checkReferences(db, planId, next);
  const status = input.status ?? current.status;
  const day = today();
  const doneOn = status === 'done' ? (input.doneOn ?? current.done_on ?? day) : null;
  if (doneOn && doneOn > day) throw fieldError('doneOn', e.doneOnFuture);
  await withTransaction(db, ctx, async (trx) => {
    const result = await updateMilestone(trx, planId, id, {
      sub_agreement_id: next.subAgreementId,
      activity_id: next.activityId,
      responsible_user_id: next.responsibleUserId,
      ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
      ...(input.text !== undefined ? { text: input.text } : {}),
      status,
      done_on: doneOn,
    });
    if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND');
  });
  return viewOf(db, planId, id);
}

/** Removes a milestone from the plan; its row stays (removed_at) for the history. */
export async function deleteMilestone(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    const result = await removeMilestone(trx, planId, id);
    if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND');
  });
}
