import { sql } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { JoinedEnrolment, MergeMoves } from '../tables.ts';
import { scopeParticipantsWithMerged } from './scope.ts';

/** The undo window of a merge; the retention rule erases the merged-away record after it. */
export const UNDO_WINDOW = sql<string>`interval '30 days'`;

/** Both records, locked in id order so two merges of the same pair wait for each other, never deadlock. */
export function lockPair(trx: Db, actor: SessionActor, ids: readonly [string, string]) {
  return trx
    .selectFrom('participant')
    .select(['id', 'erased_at', 'merged_into_id', 'display_name'])
    .where(scopeParticipantsWithMerged(actor))
    .where('participant.id', 'in', [...ids])
    .orderBy('participant.id')
    .forUpdate()
    .execute();
}

/** The consent in force: the newest by the day given, then the time recorded (as the reports read it). */
export function findCurrentConsent(db: Db, participantId: string) {
  return db
    .selectFrom('participant_consent')
    .select(['given_on', 'for_registration', 'for_statistics', 'for_partner_contact', 'partner_names'])
    .select('withdrawn_on')
    .where('participant_id', '=', participantId)
    .orderBy('given_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

type MovableTable = 'support_case' | 'referral' | 'volunteer' | 'group_enrolment';

/** Every row of one table about `from`, now about `to`; the ids that moved. */
export async function moveAll(trx: Db, table: MovableTable, from: string, to: string) {
  const rows = await trx
    .updateTable(table)
    .set({ participant_id: to })
    .where('participant_id', '=', from)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The rows moved by a merge, back to the record they came from (those still on the kept one). */
export async function moveBack(
  trx: Db,
  table: MovableTable | 'participant_share',
  ids: string[],
  from: string,
  to: string,
) {
  if (ids.length === 0) return;
  await trx
    .updateTable(table)
    .set({ participant_id: to })
    .where('id', 'in', ids)
    .where('participant_id', '=', from)
    .execute();
}

/** Shares with colleagues the kept record is not yet shared with (a share is unique per person). */
export async function moveShares(trx: Db, from: string, to: string) {
  const rows = await trx
    .updateTable('participant_share')
    .set({ participant_id: to })
    .where('participant_id', '=', from)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('participant_share as kept')
            .select('kept.id')
            .where('kept.participant_id', '=', to)
            .whereRef('kept.user_id', '=', 'participant_share.user_id'),
        ),
      ),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export function listEnrolments(db: Db, participantId: string) {
  return db
    .selectFrom('group_enrolment')
    .select(['id', 'course_id', 'enrolled_on', 'completed', 'diploma_on'])
    .where('participant_id', '=', participantId)
    .execute();
}

export async function moveEnrolments(trx: Db, ids: string[], to: string) {
  if (ids.length === 0) return;
  await trx.updateTable('group_enrolment').set({ participant_id: to }).where('id', 'in', ids).execute();
}

/**
 * Two enrolments of one person on one course become the kept one: attendance of sessions only the
 * merged-away record attended moves over, the kept enrolment takes the earlier date and the
 * completion, and the emptied enrolment goes. Everything needed to put it back is returned.
 */
export async function joinEnrolments(
  trx: Db,
  kept: JoinedEnrolment['removed'],
  removed: JoinedEnrolment['removed'],
): Promise<JoinedEnrolment> {
  const attendance = await trx
    .selectFrom('group_attendance')
    .select(['id', 'session_id'])
    .where('enrolment_id', '=', removed.id)
    .execute();
  const keptSessions = await trx
    .selectFrom('group_attendance')
    .select('session_id')
    .where('enrolment_id', '=', kept.id)
    .execute();
  const both = new Set(keptSessions.map((row) => row.session_id));
  const moving = attendance.filter((row) => !both.has(row.session_id)).map((row) => row.id);
  if (moving.length > 0) {
    await trx
      .updateTable('group_attendance')
      .set({ enrolment_id: kept.id })
      .where('id', 'in', moving)
      .execute();
  }
  await trx.deleteFrom('group_enrolment').where('id', '=', removed.id).execute();
  await trx
    .updateTable('group_enrolment')
    .set({
      enrolled_on: removed.enrolled_on < kept.enrolled_on ? removed.enrolled_on : kept.enrolled_on,
      completed: kept.completed || removed.completed,
      diploma_on: kept.diploma_on ?? removed.diploma_on,
    })
    .where('id', '=', kept.id)
    .execute();
  return {
    keptEnrolmentId: kept.id,
    keptBefore: { enrolled_on: kept.enrolled_on, completed: kept.completed, diploma_on: kept.diploma_on },
    removed,
    movedAttendance: moving,
    removedAttendance: attendance.filter((row) => both.has(row.session_id)),
  };
}

/** The undo of joinEnrolments: the enrolment and its attendance as they were, with their ids. */
export async function splitEnrolment(
  trx: Db,
  planId: string,
  participantId: string,
  joined: JoinedEnrolment,
) {
  const { removed, keptBefore } = joined;
  await trx
    .insertInto('group_enrolment')
    .values({ ...removed, plan_id: planId, participant_id: participantId })
    .execute();
  if (joined.movedAttendance.length > 0) {
    await trx
      .updateTable('group_attendance')
      .set({ enrolment_id: removed.id })
      .where('id', 'in', joined.movedAttendance)
      .where('enrolment_id', '=', joined.keptEnrolmentId)
      .execute();
  }
  if (joined.removedAttendance.length > 0) {
    await trx
      .insertInto('group_attendance')
      .values(joined.removedAttendance.map((row) => ({ ...row, plan_id: planId, enrolment_id: removed.id })))
      .execute();
  }
  await trx.updateTable('group_enrolment').set(keptBefore).where('id', '=', joined.keptEnrolmentId).execute();
}

export function insertMerge(
  trx: Db,
  values: {
    plan_id: string;
    kept_participant_id: string;
    merged_participant_id: string;
    reason: string;
    merged_by: string;
  },
) {
  const empty: MergeMoves = {
    cases: [],
    referrals: [],
    enrolments: [],
    joinedEnrolments: [],
    volunteering: [],
    shares: [],
    households: [],
    consentId: '',
  };
  return trx
    .insertInto('participant_merge')
    .values({ ...values, moved: JSON.stringify(empty) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function saveMoves(trx: Db, mergeId: string, moved: MergeMoves) {
  return trx
    .updateTable('participant_merge')
    .set({ moved: JSON.stringify(moved) })
    .where('id', '=', mergeId)
    .execute();
}

export function setMergedInto(trx: Db, participantId: string, into: string | null) {
  return trx
    .updateTable('participant')
    .set({ merged_into_id: into, updated_at: sql<Date>`now()` })
    .where('id', '=', participantId)
    .execute();
}

/** The merge row, locked, in the actor's plan; with whether the undo window is still open. */
export function lockMerge(trx: Db, planId: string, mergeId: string) {
  return trx
    .selectFrom('participant_merge')
    .selectAll()
    .select(sql<boolean>`merged_at + ${UNDO_WINDOW} > now()`.as('within_window'))
    .where('plan_id', '=', planId)
    .where('id', '=', mergeId)
    .forUpdate()
    .executeTakeFirst();
}

export function markUndone(trx: Db, mergeId: string, userId: string) {
  return trx
    .updateTable('participant_merge')
    .set({ undone_at: sql<Date>`now()`, undone_by: userId })
    .where('id', '=', mergeId)
    .execute();
}

export function deleteMergeConsent(trx: Db, mergeId: string) {
  return trx.deleteFrom('participant_consent').where('merge_id', '=', mergeId).execute();
}

/** The merges a participant took part in, either side, newest first, with the other record's name. */
export function listMergesOf(db: Db, planId: string, participantId: string) {
  return db
    .selectFrom('participant_merge as m')
    .innerJoin('participant as merged', 'merged.id', 'm.merged_participant_id')
    .leftJoin('app_user', 'app_user.id', 'm.merged_by')
    .selectAll('m')
    .select(['merged.display_name as merged_name', 'app_user.display_name as merged_by_name'])
    .select(sql<Date>`m.merged_at + ${UNDO_WINDOW}`.as('undo_until'))
    .select(sql<boolean>`m.merged_at + ${UNDO_WINDOW} > now()`.as('within_window'))
    .where('m.plan_id', '=', planId)
    .where((eb) =>
      eb.or([
        eb('m.kept_participant_id', '=', participantId),
        eb('m.merged_participant_id', '=', participantId),
      ]),
    )
    .orderBy('m.merged_at', 'desc')
    .execute();
}

export function insertMergeConsent(
  trx: Db,
  values: {
    plan_id: string;
    participant_id: string;
    merge_id: string;
    given_on: string;
    recorded_by: string;
    for_registration: boolean;
    for_statistics: boolean;
    for_partner_contact: boolean;
    partner_names: string | null;
  },
) {
  return trx.insertInto('participant_consent').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The records merged into this one (in force), to erase and export with it. */
export function listMergedInto(db: Db, participantId: string) {
  return db.selectFrom('participant').select('id').where('merged_into_id', '=', participantId).execute();
}
