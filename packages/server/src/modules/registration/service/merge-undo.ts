import { da, fill } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import { eventBy, insertAuditEvents } from '../../../platform/audit/queries.ts';
import type { Db } from '../../../platform/db/database.ts';
import { passQuarterLock, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  deleteMergeConsent,
  lockMerge,
  lockPair,
  markUndone,
  moveBack,
  setMergedInto,
  splitEnrolment,
} from '../queries/merge.ts';
import type { MergeSteps } from './merge-steps.ts';
import { mergesOf } from './merge-views.ts';

/**
 * Undoes a merge within 30 days (leader, one transaction): every row that moved and is still on the
 * kept record moves back, joined course enrolments are split again with their attendance, the
 * narrowed consent row goes (both records' consents are then exactly as before), and the merged-away
 * record is a participant of its own again. Rows added to the kept record since stay there.
 */
export async function undoMerge(db: Db, ctx: RequestContext, steps: MergeSteps, mergeId: string) {
  const planId = ctx.actor.plan.id;
  const keptId = await withTransaction(db, ctx, async (trx) => {
    await passQuarterLock(trx);
    const merge = await lockMerge(trx, planId, mergeId);
    if (!merge) throw new AppError('NOT_FOUND');
    const kept = merge.kept_participant_id;
    const merged = merge.merged_participant_id;
    const rows = await lockPair(trx, ctx.actor, [kept, merged]);
    if (rows.length < 2) throw new AppError('NOT_FOUND');
    if (merge.undone_at) throw new AppError('MERGE_ALREADY_UNDONE');
    if (!merge.within_window) throw new AppError('MERGE_UNDO_EXPIRED');
    const keptRow = rows.find((row) => row.id === kept);
    const mergedRow = rows.find((row) => row.id === merged);
    if (keptRow?.erased_at || keptRow?.merged_into_id || mergedRow?.erased_at) {
      throw new AppError('MERGE_KEPT_CHANGED');
    }
    const moved = merge.moved;
    await moveBack(trx, 'support_case', moved.cases, kept, merged);
    await moveBack(trx, 'referral', moved.referrals, kept, merged);
    await moveBack(trx, 'volunteer', moved.volunteering, kept, merged);
    await moveBack(trx, 'participant_share', moved.shares, kept, merged);
    await steps.households.moveBack(trx, moved.households, kept, merged);
    await moveBack(trx, 'group_enrolment', moved.enrolments, kept, merged);
    for (const joined of moved.joinedEnrolments) await splitEnrolment(trx, planId, merged, joined);
    await deleteMergeConsent(trx, merge.id);
    await setMergedInto(trx, merged, null);
    await markUndone(trx, merge.id, ctx.actor.userId);
    const details = fill(da.merge.auditDetails.undone, { merged, kept });
    await insertAuditEvents(
      trx,
      [kept, merged].map((entityId) =>
        eventBy(ctx.who, planId, { action: 'merge-undo', entityType: 'participant', entityId, details }),
      ),
    );
    return kept;
  });
  return mergesOf(db, ctx, keptId);
}
