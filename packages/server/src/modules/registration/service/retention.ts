import { da } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { perPlanRule, type RetentionRule } from '../../../platform/retention/run.ts';
import { erasePersonalData, listDueForRetention } from '../queries/erase.ts';
import {
  anonymiseCksMeetings,
  anonymiseSafetyContacts,
  cksMeetingsBefore,
  clearCourseEvaluations,
  courseEvaluationsBefore,
  safetyContactsBefore,
} from '../queries/situations-retention.ts';

/** Erases one participant: the step a restore re-applies from the erasure journal. */
export const eraseParticipant = (db: Db, id: string) => erasePersonalData(db, id);

/**
 * Participants erased the residents' period after their last forløb, course or volunteering ended
 * (or, with none, after they were registered), each in its own transaction as `system:retention`.
 */
const participantRetention: RetentionRule = {
  table: 'participant',
  category: 'residents',
  count: async (db, cutoff) => (await listDueForRetention(db, cutoff)).length,
  async apply(db, cutoff) {
    const due = await listDueForRetention(db, cutoff);
    for (const row of due) {
      await withTransaction(db, systemActor('retention', row.plan_id), (trx) =>
        erasePersonalData(trx, row.id),
      );
    }
    return due.length;
  },
};

const marker = da.retention.erased;

/** The registration module's rules, in the order they run. */
export const registrationRetention: readonly RetentionRule[] = [
  participantRetention,
  perPlanRule(
    'safety_contact',
    'residents',
    (db, cutoff) => safetyContactsBefore(db, cutoff, marker),
    (db, planId, cutoff) => anonymiseSafetyContacts(db, planId, cutoff, marker),
  ),
  perPlanRule('cks_meeting', 'residents', cksMeetingsBefore, anonymiseCksMeetings),
  perPlanRule('group_course', 'residents', courseEvaluationsBefore, clearCourseEvaluations),
];
