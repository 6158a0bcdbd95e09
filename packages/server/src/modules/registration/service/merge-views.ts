import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { ParticipantMerge } from '../contract/merge.ts';
import { listMergesOf } from '../queries/merge.ts';
import { findParticipant } from '../queries/participants.ts';

type MergeRow = Awaited<ReturnType<typeof listMergesOf>>[number];

/** A merge as the leader sees it; the merged-away record's name is a read of that record. */
export function presentMerge(ctx: RequestContext, row: MergeRow): ParticipantMerge {
  ctx.audit.read('participant', row.merged_participant_id, 'casework');
  return {
    id: row.id,
    keptParticipantId: row.kept_participant_id,
    mergedParticipantId: row.merged_participant_id,
    mergedName: row.merged_name,
    reason: row.reason,
    mergedByName: row.merged_by_name,
    mergedAt: row.merged_at.toISOString(),
    undoUntil: new Date(row.undo_until).toISOString(),
    undoneAt: row.undone_at?.toISOString() ?? null,
    canUndo: row.undone_at === null && row.within_window,
    moved: {
      cases: row.moved.cases.length,
      referrals: row.moved.referrals.length,
      enrolments: row.moved.enrolments.length + row.moved.joinedEnrolments.length,
      volunteering: row.moved.volunteering.length,
      shares: row.moved.shares.length,
    },
  };
}

/** The merges of a participant in the actor's scope (404 outside it, and for a merged-away record). */
export async function mergesOf(db: Db, ctx: RequestContext, participantId: string) {
  if (!(await findParticipant(db, ctx.actor, participantId))) throw new AppError('NOT_FOUND');
  const rows = await listMergesOf(db, ctx.actor.plan.id, participantId);
  return { merges: rows.map((row) => presentMerge(ctx, row)) };
}
