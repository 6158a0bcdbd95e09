import { da } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { perPlanRule, perSubjectRule, type RetentionRule } from '../../../platform/retention/run.ts';
import { erasePersonalData, listDueForRetention, listMergedDueForErasure } from '../queries/erase.ts';
import { deleteSituationRevisionsBefore, situationRevisionsBefore } from '../queries/situation-revisions.ts';
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
const participantRetention = perSubjectRule('participant', listDueForRetention, erasePersonalData);

/** A record merged into another is erased when its merge can no longer be undone (30 days). */
const mergedRetention = perSubjectRule('participant_merge', listMergedDueForErasure, erasePersonalData);

const marker = da.retention.erased;

/** The registration module's rules, in the order they run. */
export const registrationRetention: readonly RetentionRule[] = [
  participantRetention,
  mergedRetention,
  // The history of corrections goes first: it is found by the records' dates before they lose their text.
  perPlanRule('situation_revision', 'residents', situationRevisionsBefore, deleteSituationRevisionsBefore),
  perPlanRule(
    'safety_contact',
    'residents',
    (db, cutoff) => safetyContactsBefore(db, cutoff, marker),
    (db, planId, cutoff) => anonymiseSafetyContacts(db, planId, cutoff, marker),
  ),
  perPlanRule('cks_meeting', 'residents', cksMeetingsBefore, anonymiseCksMeetings),
  perPlanRule('group_course', 'residents', courseEvaluationsBefore, clearCourseEvaluations),
];
