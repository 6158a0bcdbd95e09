import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { ParticipantMerge } from '../contract/merge.ts';
import type { listMergesOf } from '../queries/merge.ts';

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
