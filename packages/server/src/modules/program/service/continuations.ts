import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import { eventBy, insertAuditEvents } from '../../../platform/audit/queries.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  deleteContinuation,
  findContinuationId,
  insertContinuationIfNew,
  listActivitiesWithPlanStart,
} from '../queries/continuations.ts';
import { listRegister } from '../queries/program.ts';
import { requireProgram } from './views.ts';

const t = da.program.errors;
const ENTITY = 'plan_activity_continuation';

/** The program in the actor's scope and the ids of the plans in its register. */
async function programPlans(db: Db, ctx: RequestContext, slug: string): Promise<string[]> {
  const program = await requireProgram(db, slug, ctx.actor.plan.id);
  return (await listRegister(db, program.id)).flatMap((r) => (r.plan_id ? [r.plan_id] : []));
}

/** A 400 that names the field at fault, with the general message as the error's own. */
function invalid(field: 'activityId' | 'previousActivityId', message: string): AppError {
  return new AppError('PROGRAM_CONTINUATION_INVALID', [{ field, message }]);
}

/** Marks an activity as carried on from an activity of an earlier plan in the same program. */
export async function addContinuation(
  db: Db,
  ctx: RequestContext,
  slug: string,
  input: { activityId: string; previousActivityId: string; note: string | null },
): Promise<{ id: string }> {
  const planIds = await programPlans(db, ctx, slug);
  const rows = await listActivitiesWithPlanStart(db, [input.activityId, input.previousActivityId], planIds);
  const current = rows.find((r) => r.id === input.activityId);
  const previous = rows.find((r) => r.id === input.previousActivityId);
  if (!current) throw invalid('activityId', t.continuationUnknownActivity);
  if (!previous) throw invalid('previousActivityId', t.continuationUnknownActivity);
  if (current.plan_id === previous.plan_id) throw invalid('previousActivityId', t.continuationSamePlan);
  if (previous.period_start >= current.period_start) {
    throw invalid('previousActivityId', t.continuationNotEarlier);
  }
  return withTransaction(db, ctx, async (trx) => {
    const row = await insertContinuationIfNew(trx, {
      plan_id: current.plan_id,
      activity_id: current.id,
      previous_plan_id: previous.plan_id,
      previous_activity_id: previous.id,
      note: input.note,
    });
    if (!row) return findContinuationId(trx, current.id, previous.id);
    await audit(trx, ctx, 'create', row.id, current.id, previous.id);
    return row;
  });
}

/** Removes a wrong continuation link of the program; an id outside the program is a 404. */
export async function removeContinuation(db: Db, ctx: RequestContext, slug: string, id: string) {
  const planIds = await programPlans(db, ctx, slug);
  await withTransaction(db, ctx, async (trx) => {
    const link = await deleteContinuation(trx, id, planIds);
    if (!link) throw new AppError('NOT_FOUND');
    await audit(trx, ctx, 'delete', link.id, link.activity_id, link.previous_activity_id);
  });
}

/** The table holds no personal data and has no row trigger: its changes are named audit events. */
function audit(
  trx: Db,
  ctx: RequestContext,
  action: 'create' | 'delete',
  id: string,
  activityId: string,
  previousActivityId: string,
) {
  const details = JSON.stringify({ activity: activityId, previousActivity: previousActivityId });
  return insertAuditEvents(trx, [
    eventBy(ctx.who, ctx.actor.plan.id, { action, entityType: ENTITY, entityId: id, details }),
  ]);
}
