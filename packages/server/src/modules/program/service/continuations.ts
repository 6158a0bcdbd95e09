import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  findContinuationId,
  insertContinuationIfNew,
  listActivitiesWithPlanStart,
} from '../queries/continuations.ts';
import { listRegister } from '../queries/program.ts';
import { requireProgram } from './views.ts';

/** Marks an activity as carried on from an activity of an earlier plan in the same program. */
export async function addContinuation(
  db: Db,
  ctx: RequestContext,
  slug: string,
  input: { activityId: string; previousActivityId: string; note: string | null },
): Promise<{ id: string }> {
  const program = await requireProgram(db, slug, ctx.actor.plan.id);
  const planIds = (await listRegister(db, program.id)).flatMap((r) => (r.plan_id ? [r.plan_id] : []));
  const rows = await listActivitiesWithPlanStart(db, [input.activityId, input.previousActivityId], planIds);
  const current = rows.find((r) => r.id === input.activityId);
  const previous = rows.find((r) => r.id === input.previousActivityId);
  if (
    !current ||
    !previous ||
    current.plan_id === previous.plan_id ||
    previous.period_start >= current.period_start
  ) {
    throw new AppError('PROGRAM_CONTINUATION_INVALID');
  }
  return withTransaction(db, ctx, async (trx) => {
    const row = await insertContinuationIfNew(trx, {
      plan_id: current.plan_id,
      activity_id: current.id,
      previous_plan_id: previous.plan_id,
      previous_activity_id: previous.id,
      note: input.note,
    });
    if (row) return row;
    return findContinuationId(trx, current.id, previous.id);
  });
}
