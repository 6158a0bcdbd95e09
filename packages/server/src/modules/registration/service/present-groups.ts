import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { CourseDetailView, CourseSummaryView } from '../contract/groups.ts';
import type { CourseRow, listAttendance, listEnrolments, listSessions } from '../queries/groups.ts';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

export function presentCourse(row: CourseRow): z.infer<typeof CourseSummaryView> {
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

/** A course with sessions and enrolments; every enrolled participant shown by name is a read. */
export function presentCourseDetail(
  ctx: RequestContext,
  row: CourseRow,
  sessions: Rows<typeof listSessions>,
  attendance: Rows<typeof listAttendance>,
  enrolments: Rows<typeof listEnrolments>,
): z.infer<typeof CourseDetailView> {
  for (const e of enrolments) {
    if (e.display_name !== null) ctx.audit.read('participant', e.participant_id, 'casework');
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
