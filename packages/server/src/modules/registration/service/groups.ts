import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { AttendanceInput, CreateCourseInput } from '../contract/groups.ts';
import {
  type CourseSearch,
  enrolmentIdsOf,
  findCourse,
  findCourseByClientKey,
  findSession,
  insertCourse,
  insertEnrolment,
  insertSessions,
  listActivitySessions,
  listAttendance,
  listCourses,
  listEnrolments,
  listSessions,
  lockCourse,
  replaceAttendance,
  updateCourse,
  updateEnrolment,
} from '../queries/groups.ts';
import { existsInPlan } from '../queries/lookups.ts';
import { participantToRecord, resolveTeam } from './participants.ts';
import { presentCourse, presentCourseDetail } from './present-groups.ts';

const t = da.registration.errors;

/**
 * Creates a group course, group or event with its sessions: the plan's own sessions of the
 * activity when it names them (Bydelsløftere for kvinder: 7), else `sessionCount` numbered ones.
 */
export async function createCourse(db: Db, ctx: RequestContext, input: CreateCourseInput) {
  const { actor } = ctx;
  const planId = actor.plan.id;
  const { id, isReplay } = await withTransaction(db, ctx, async (trx) => {
    const earlier = await findCourseByClientKey(trx, planId, input.clientKey);
    if (earlier) {
      if (earlier.title !== input.title) throw new AppError('CONFLICT');
      return { id: earlier.id, isReplay: true };
    }
    const teamId = await resolveTeam(trx, actor, input.teamId);
    if (!(await existsInPlan(trx, 'plan_activity', planId, input.activityId))) {
      throw fieldError('activityId', t.unknownActivity);
    }
    const inserted = await insertCourse(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      team_id: teamId,
      activity_id: input.activityId,
      kind: input.kind,
      title: input.title,
      starts_on: input.startsOn,
    });
    if (!inserted) throw new AppError('CONFLICT');
    const planSessions = await listActivitySessions(trx, planId, input.activityId);
    const sessions =
      planSessions.length > 0
        ? planSessions.map((s) => ({ number: s.number, activity_session_id: s.id }))
        : Array.from({ length: input.sessionCount ?? 1 }, (_, i) => ({
            number: i + 1,
            activity_session_id: null,
          }));
    await insertSessions(
      trx,
      sessions.map((s) => ({ ...s, plan_id: planId, course_id: inserted.id })),
    );
    return { id: inserted.id, isReplay: false };
  });
  return { isReplay, view: await courseDetail(db, ctx, id) };
}

export async function courseList(db: Db, ctx: RequestContext, search: CourseSearch) {
  const { rows, total } = await listCourses(db, ctx.actor, search);
  return { courses: rows.map(presentCourse), total };
}

export async function courseDetail(db: Db, ctx: RequestContext, id: string) {
  const row = await findCourse(db, ctx.actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [sessions, attendance, enrolments] = await Promise.all([
    listSessions(db, id),
    listAttendance(db, id),
    listEnrolments(db, ctx.actor, id),
  ]);
  return presentCourseDetail(ctx, row, sessions, attendance, enrolments);
}

export async function enrol(
  db: Db,
  ctx: RequestContext,
  courseId: string,
  input: { participantId: string; enrolledOn: string },
) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    if (!(await lockCourse(trx, actor, courseId))) throw new AppError('NOT_FOUND');
    await participantToRecord(trx, actor, input.participantId);
    await insertEnrolment(trx, {
      plan_id: actor.plan.id,
      course_id: courseId,
      participant_id: input.participantId,
      enrolled_on: input.enrolledOn,
    });
  });
  return courseDetail(db, ctx, courseId);
}

/** Sets who attended one session (the whole list, so a repeated save changes nothing). */
export async function recordAttendance(
  db: Db,
  ctx: RequestContext,
  courseId: string,
  sessionId: string,
  input: AttendanceInput,
) {
  await withTransaction(db, ctx, async (trx) => {
    if (!(await lockCourse(trx, ctx.actor, courseId))) throw new AppError('NOT_FOUND');
    if (!(await findSession(trx, courseId, sessionId))) throw new AppError('NOT_FOUND');
    const enrolled = await enrolmentIdsOf(trx, courseId);
    const present = [...new Set(input.presentEnrolmentIds)];
    const stranger = present.findIndex((id) => !enrolled.has(id));
    if (stranger >= 0) throw fieldError(`presentEnrolmentIds.${stranger}`, t.notEnrolled);
    await replaceAttendance(trx, ctx.actor.plan.id, sessionId, {
      heldOn: input.heldOn,
      anonymousCount: input.anonymousCount ?? null,
      enrolmentIds: present,
    });
  });
  return courseDetail(db, ctx, courseId);
}

export async function setCompletion(
  db: Db,
  ctx: RequestContext,
  courseId: string,
  enrolmentId: string,
  input: { completed: boolean; diplomaOn?: string | null | undefined },
) {
  await withTransaction(db, ctx, async (trx) => {
    if (!(await lockCourse(trx, ctx.actor, courseId))) throw new AppError('NOT_FOUND');
    const result = await updateEnrolment(trx, courseId, enrolmentId, {
      completed: input.completed,
      diploma_on: input.completed ? (input.diplomaOn ?? null) : null,
    });
    if (Number(result.numUpdatedRows) === 0) throw new AppError('NOT_FOUND');
  });
  return courseDetail(db, ctx, courseId);
}

export async function finishCourse(
  db: Db,
  ctx: RequestContext,
  courseId: string,
  input: { endsOn: string; evaluation: string | null },
) {
  await withTransaction(db, ctx, async (trx) => {
    const course = await lockCourse(trx, ctx.actor, courseId);
    if (!course) throw new AppError('NOT_FOUND');
    if (input.endsOn < course.starts_on) throw fieldError('endsOn', t.endBeforeStart);
    await updateCourse(trx, courseId, { ends_on: input.endsOn, evaluation: input.evaluation });
  });
  return courseDetail(db, ctx, courseId);
}
