import type { Db } from '../../../platform/db/database.ts';

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
