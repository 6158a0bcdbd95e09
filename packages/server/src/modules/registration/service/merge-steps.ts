import type { Db } from '../../../platform/db/database.ts';

/**
 * What another module keeps about a participant in its own tables (genhusning's household link)
 * moves with a merge and back with its undo. Registration knows no other module's tables: each such
 * module passes its step from app.ts, and the step runs inside the merge's transaction.
 */
export interface ParticipantMergeStep {
  /** Every row about `from` is now about `to`; the ids that moved. */
  move(trx: Db, from: string, to: string): Promise<string[]>;
  /** These rows, if still about `from`, are about `to` again. */
  moveBack(trx: Db, ids: readonly string[], from: string, to: string): Promise<void>;
}

export interface MergeSteps {
  households: ParticipantMergeStep;
}
