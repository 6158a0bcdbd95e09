import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { scopeParticipants, scopeTeamRows } from './scope.ts';

// What a bulk import looks up once per file and the few writes no single-record route needs.

/** The participants in the actor's scope, erased ones included (a row naming one is refused). */
export function listScopeParticipantNames(db: Db, actor: SessionActor) {
  return db
    .selectFrom('participant')
    .where(scopeParticipants(actor))
    .select([
      'participant.id',
      'participant.display_name',
      'participant.birth_year',
      'participant.area_id',
      'participant.erased_at',
    ])
    .execute();
}

/** The courses in the actor's team scope, by title. */
export function listScopeCourseTitles(db: Db, actor: SessionActor) {
  return db
    .selectFrom('group_course')
    .where(scopeTeamRows(actor, 'group_course'))
    .select(['group_course.id', 'group_course.title', 'group_course.starts_on'])
    .execute();
}

export function listCourseEnrolments(db: Db, courseId: string) {
  return db
    .selectFrom('group_enrolment')
    .select(['id', 'participant_id'])
    .where('course_id', '=', courseId)
    .execute();
}

export function findEnrolment(db: Db, courseId: string, participantId: string) {
  return db
    .selectFrom('group_enrolment')
    .select('id')
    .where('course_id', '=', courseId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

export function listSessionMarks(db: Db, sessionId: string) {
  return db
    .selectFrom('group_attendance')
    .select('enrolment_id')
    .where('session_id', '=', sessionId)
    .execute()
    .then((rows) => new Set(rows.map((r) => r.enrolment_id)));
}

export function addAttendanceMark(db: Db, planId: string, sessionId: string, enrolmentId: string) {
  return db
    .insertInto('group_attendance')
    .values({ plan_id: planId, session_id: sessionId, enrolment_id: enrolmentId })
    .onConflict((oc) => oc.constraint('group_attendance_key').doNothing())
    .execute();
}

export function removeAttendanceMark(db: Db, sessionId: string, enrolmentId: string) {
  return db
    .deleteFrom('group_attendance')
    .where('session_id', '=', sessionId)
    .where('enrolment_id', '=', enrolmentId)
    .execute();
}

/** Sets the day a session was held, only while it has none. */
export function setSessionDay(db: Db, sessionId: string, heldOn: string) {
  return db
    .updateTable('group_session')
    .set({ held_on: heldOn })
    .where('id', '=', sessionId)
    .where('held_on', 'is', null)
    .execute();
}

export function listVolunteeringOf(db: Db, participantId: string) {
  return db
    .selectFrom('volunteer')
    .select(['id', 'started_on', 'ended_on'])
    .where('participant_id', '=', participantId)
    .execute();
}

export function endVolunteering(db: Db, id: string, endedOn: string) {
  return db
    .updateTable('volunteer')
    .set({ ended_on: endedOn })
    .where('id', '=', id)
    .where('ended_on', 'is', null)
    .execute();
}
