import { da } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import { contextOf, type SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { type ActorContext, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { AttendanceInput, CreateCourseInput } from '../contract-groups.ts';
import {
  type CourseRow,
  enrolmentIdsOf,
  findCourse,
  findCourseByClientKey,
  findSession,
  insertCourse,
  insertEnrolment,
  insertSessions,
  listActivitySessions,
  listAttendance,
  listEnrolments,
  listSessions,
  lockCourse,
  replaceAttendance,
  updateCourse,
  updateEnrolment,
} from '../queries/groups.ts';
import { existsInPlan } from '../queries/lookups.ts';
import { lockParticipant } from '../queries/participants.ts';
import { resolveTeam } from './participants.ts';

const t = da.registration.errors;

/**
 * Creates a group course, group or event with its sessions: the plan's own sessions of the
 * activity when it names them (Bydelsløftere for kvinder: 7), else `sessionCount` numbered ones.
 */
export async function createCourse(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  input: CreateCourseInput,
): Promise<{ id: string; isReplay: boolean }> {
  const planId = actor.plan.id;
  return withTransaction(db, context, async (trx) => {
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
}

function presentCourse(row: CourseRow) {
  return {
    id: row.id,
    activityId: row.activity_id,
    activityName: row.activity_name,
    kind: row.kind as 'course' | 'group' | 'event',
    title: row.title,
    teamName: row.team_name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    enrolled: row.enrolled ?? 0,
    completed: row.completed ?? 0,
  };
}

export { presentCourse };

export async function courseDetail(db: Db, request: FastifyRequest, actor: SessionActor, id: string) {
  const row = await findCourse(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [sessions, attendance, enrolments] = await Promise.all([
    listSessions(db, id),
    listAttendance(db, id),
    listEnrolments(db, actor, id),
  ]);
  for (const e of enrolments) {
    if (e.display_name !== null) {
      contextOf(request).audit.read('participant', e.participant_id, 'casework');
    }
  }
  return {
    ...presentCourse(row),
    evaluation: row.evaluation,
    publication:
      row.published_evaluation && row.published_at
        ? {
            text: row.published_evaluation,
            publishedAt: new Date(row.published_at).toISOString(),
            publishedByName: row.published_by_name,
          }
        : null,
    sessions: sessions.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      heldOn: s.held_on,
      anonymousCount: s.anonymous_count,
      presentEnrolmentIds: attendance.filter((a) => a.session_id === s.id).map((a) => a.enrolment_id),
    })),
    enrolments: enrolments.map((e) => ({
      id: e.id,
      participantId: e.participant_id,
      displayName: e.display_name,
      enrolledOn: e.enrolled_on,
      completed: e.completed,
      diplomaOn: e.diploma_on,
    })),
  };
}

export async function enrol(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  courseId: string,
  input: { participantId: string; enrolledOn: string },
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    if (!(await lockCourse(trx, actor, courseId))) throw new AppError('NOT_FOUND');
    const participant = await lockParticipant(trx, actor, input.participantId);
    if (!participant) throw fieldError('participantId', da.errors.notFound);
    if (participant.erased_at) throw fieldError('participantId', t.participantErased);
    await insertEnrolment(trx, {
      plan_id: actor.plan.id,
      course_id: courseId,
      participant_id: input.participantId,
      enrolled_on: input.enrolledOn,
    });
  });
}

/** Sets who attended one session (the whole list, so a repeated save changes nothing). */
export async function recordAttendance(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  courseId: string,
  sessionId: string,
  input: AttendanceInput,
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    if (!(await lockCourse(trx, actor, courseId))) throw new AppError('NOT_FOUND');
    if (!(await findSession(trx, courseId, sessionId))) throw new AppError('NOT_FOUND');
    const enrolled = await enrolmentIdsOf(trx, courseId);
    const present = [...new Set(input.presentEnrolmentIds)];
    const stranger = present.findIndex((id) => !enrolled.has(id));
    if (stranger >= 0) throw fieldError(`presentEnrolmentIds.${stranger}`, t.notEnrolled);
    await replaceAttendance(trx, actor.plan.id, sessionId, {
      heldOn: input.heldOn,
      anonymousCount: input.anonymousCount ?? null,
      enrolmentIds: present,
    });
  });
}

export async function setCompletion(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  courseId: string,
  enrolmentId: string,
  input: { completed: boolean; diplomaOn?: string | null | undefined },
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    if (!(await lockCourse(trx, actor, courseId))) throw new AppError('NOT_FOUND');
    const result = await updateEnrolment(trx, courseId, enrolmentId, {
      completed: input.completed,
      diploma_on: input.completed ? (input.diplomaOn ?? null) : null,
    });
    if (Number(result.numUpdatedRows) === 0) throw new AppError('NOT_FOUND');
  });
}

export async function finishCourse(
  db: Db,
  context: ActorContext,
  actor: SessionActor,
  courseId: string,
  input: { endsOn: string; evaluation: string | null },
): Promise<void> {
  await withTransaction(db, context, async (trx) => {
    const course = await lockCourse(trx, actor, courseId);
    if (!course) throw new AppError('NOT_FOUND');
    if (input.endsOn < course.starts_on) throw fieldError('endsOn', t.endBeforeStart);
    await updateCourse(trx, courseId, { ends_on: input.endsOn, evaluation: input.evaluation });
  });
}
