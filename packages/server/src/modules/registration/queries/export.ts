import type { Db } from '../../../platform/db/database.ts';

/**
 * The audit log entries about one participant's records (GDPR art. 15, C-579/21): when, what kind
 * of use and for which purpose. The employee's name is left out, as Datatilsynet allows.
 */
export function listAccessLog(
  db: Db,
  planId: string,
  entities: ReadonlyArray<{ type: string; ids: readonly string[] }>,
) {
  const wanted = entities.filter((e) => e.ids.length > 0);
  return db
    .selectFrom('audit_event')
    .select(['occurred_at', 'action', 'entity_type', 'purpose'])
    .where('plan_id', '=', planId)
    .where((eb) =>
      eb.or(
        wanted.map((e) => eb.and([eb('entity_type', '=', e.type), eb('entity_id', 'in', e.ids as string[])])),
      ),
    )
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

/** Group courses the participant is enrolled in, with the number of sessions attended. */
export function listEnrolmentsOfParticipant(db: Db, participantId: string) {
  return db
    .selectFrom('group_enrolment')
    .innerJoin('group_course', 'group_course.id', 'group_enrolment.course_id')
    .select((eb) => [
      'group_enrolment.id',
      'group_course.title',
      'group_enrolment.enrolled_on',
      'group_enrolment.completed',
      'group_enrolment.diploma_on',
      eb
        .selectFrom('group_attendance')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('group_attendance.enrolment_id', '=', 'group_enrolment.id')
        .as('attended'),
    ])
    .where('group_enrolment.participant_id', '=', participantId)
    .orderBy('group_enrolment.enrolled_on')
    .execute();
}

export function listVolunteeringOfParticipant(db: Db, participantId: string) {
  return db
    .selectFrom('volunteer')
    .select(['id', 'started_on', 'ended_on'])
    .where('participant_id', '=', participantId)
    .orderBy('started_on')
    .execute();
}
