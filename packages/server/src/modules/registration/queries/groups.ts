import { sql } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Paging } from '../../../platform/contract/paging.ts';
import type { Db } from '../../../platform/db/database.ts';
import { direction, fetchPage } from '../../../platform/db/paging.ts';
import { containsFolded, danishOrder } from '../../../platform/db/search.ts';
import type { COURSE_SORTS } from '../contract/shared.ts';
import { scopeParticipants, scopeTeamRows } from './scope.ts';

/** The courses in the actor's team scope with their activity, team and counts. */
function courseQuery(db: Db, actor: SessionActor) {
  return db
    .selectFrom('group_course')
    .innerJoin('plan_activity', 'plan_activity.id', 'group_course.activity_id')
    .innerJoin('team', 'team.id', 'group_course.team_id')
    .leftJoin('app_user as publisher', 'publisher.id', 'group_course.published_by')
    .where(scopeTeamRows(actor, 'group_course'))
    .select((eb) => [
      'group_course.id',
      'group_course.activity_id',
      'plan_activity.name as activity_name',
      'group_course.kind',
      'group_course.title',
      'team.name as team_name',
      'group_course.starts_on',
      'group_course.ends_on',
      'group_course.evaluation',
      'group_course.published_evaluation',
      'group_course.published_at',
      'publisher.display_name as published_by_name',
      eb
        .selectFrom('group_enrolment')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('group_enrolment.course_id', '=', 'group_course.id')
        .as('enrolled'),
      eb
        .selectFrom('group_enrolment')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('group_enrolment.course_id', '=', 'group_course.id')
        .where('group_enrolment.completed', '=', true)
        .as('completed'),
    ]);
}

export interface CourseSearch extends Paging<(typeof COURSE_SORTS)[number]> {
  q?: string | undefined;
  activityId?: string | undefined;
}

/** One page of the courses in scope: the search text in the title, optionally of one activity. */
export function listCourses(db: Db, actor: SessionActor, search: CourseSearch) {
  let query = courseQuery(db, actor);
  const q = search.q?.trim();
  if (q) query = query.where((eb) => containsFolded(eb.ref('group_course.title'), q));
  if (search.activityId) query = query.where('group_course.activity_id', '=', search.activityId);
  const order =
    search.sort === 'title' ? danishOrder('group_course.title') : sql.ref('group_course.starts_on');
  return fetchPage(db, query.orderBy(order, direction(search.dir)).orderBy('group_course.id'), search);
}

export type CourseRow = Awaited<ReturnType<typeof listCourses>>['rows'][number];

export function findCourse(db: Db, actor: SessionActor, id: string) {
  return courseQuery(db, actor).where('group_course.id', '=', id).executeTakeFirst();
}

export function lockCourse(db: Db, actor: SessionActor, id: string) {
  return db
    .selectFrom('group_course')
    .selectAll('group_course')
    .where(scopeTeamRows(actor, 'group_course'))
    .where('group_course.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function listActivitySessions(db: Db, planId: string, activityId: string) {
  return db
    .selectFrom('plan_activity_session')
    .select(['id', 'number'])
    .where('plan_id', '=', planId)
    .where('activity_id', '=', activityId)
    .orderBy('number')
    .execute();
}

export function insertCourse(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    team_id: string;
    activity_id: string;
    kind: string;
    title: string;
    starts_on: string;
  },
) {
  return db
    .insertInto('group_course')
    .values(values)
    .onConflict((oc) => oc.constraint('group_course_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findCourseByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('group_course')
    .select(['id', 'title'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function insertSessions(
  db: Db,
  rows: ReadonlyArray<{
    plan_id: string;
    course_id: string;
    number: number;
    activity_session_id: string | null;
  }>,
) {
  return db
    .insertInto('group_session')
    .values([...rows])
    .execute();
}

export function listSessions(db: Db, courseId: string) {
  return db
    .selectFrom('group_session')
    .leftJoin('plan_activity_session', 'plan_activity_session.id', 'group_session.activity_session_id')
    .select([
      'group_session.id',
      'group_session.number',
      sql<string | null>`coalesce(plan_activity_session.title, group_session.title)`.as('title'),
      'group_session.held_on',
      'group_session.anonymous_count',
    ])
    .where('group_session.course_id', '=', courseId)
    .orderBy('group_session.number')
    .execute();
}

export function listAttendance(db: Db, courseId: string) {
  return db
    .selectFrom('group_attendance')
    .innerJoin('group_session', 'group_session.id', 'group_attendance.session_id')
    .select(['group_attendance.session_id', 'group_attendance.enrolment_id'])
    .where('group_session.course_id', '=', courseId)
    .execute();
}

/** Enrolments; the name only of participants the viewer may see. */
export function listEnrolments(db: Db, actor: SessionActor, courseId: string) {
  return db
    .selectFrom('group_enrolment')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('participant')
          .select(['participant.id', 'participant.display_name'])
          .where(scopeParticipants(actor))
          .as('visible'),
      (join) => join.onRef('visible.id', '=', 'group_enrolment.participant_id'),
    )
    .select([
      'group_enrolment.id',
      'group_enrolment.participant_id',
      'visible.display_name',
      'group_enrolment.enrolled_on',
      'group_enrolment.completed',
      'group_enrolment.diploma_on',
    ])
    .where('group_enrolment.course_id', '=', courseId)
    .orderBy('group_enrolment.enrolled_on')
    .orderBy('group_enrolment.id')
    .execute();
}

export function insertEnrolment(
  db: Db,
  values: { plan_id: string; course_id: string; participant_id: string; enrolled_on: string },
) {
  return db
    .insertInto('group_enrolment')
    .values(values)
    .onConflict((oc) => oc.constraint('group_enrolment_key').doNothing())
    .execute();
}

export function findSession(db: Db, courseId: string, sessionId: string) {
  return db
    .selectFrom('group_session')
    .select('id')
    .where('course_id', '=', courseId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
}

export function enrolmentIdsOf(db: Db, courseId: string) {
  return db
    .selectFrom('group_enrolment')
    .select('id')
    .where('course_id', '=', courseId)
    .execute()
    .then((rows) => new Set(rows.map((r) => r.id)));
}

export async function replaceAttendance(
  db: Db,
  planId: string,
  sessionId: string,
  values: { heldOn: string | null; anonymousCount: number | null; enrolmentIds: readonly string[] },
) {
  await db
    .updateTable('group_session')
    .set({ held_on: values.heldOn, anonymous_count: values.anonymousCount })
    .where('id', '=', sessionId)
    .execute();
  await db.deleteFrom('group_attendance').where('session_id', '=', sessionId).execute();
  if (values.enrolmentIds.length > 0) {
    await db
      .insertInto('group_attendance')
      .values(values.enrolmentIds.map((id) => ({ plan_id: planId, session_id: sessionId, enrolment_id: id })))
      .execute();
  }
}

export function updateEnrolment(
  db: Db,
  courseId: string,
  enrolmentId: string,
  values: { completed: boolean; diploma_on: string | null },
) {
  return db
    .updateTable('group_enrolment')
    .set(values)
    .where('course_id', '=', courseId)
    .where('id', '=', enrolmentId)
    .executeTakeFirst();
}

export function updateCourse(db: Db, id: string, values: { ends_on: string; evaluation: string | null }) {
  return db.updateTable('group_course').set(values).where('id', '=', id).execute();
}
