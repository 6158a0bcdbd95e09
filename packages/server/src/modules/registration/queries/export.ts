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

/** The records merged into this one (merges in force), with the merge's day and reason. */
export function listMergedRecords(db: Db, keptIds: readonly string[]) {
  if (keptIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('participant_merge as m')
    .innerJoin('participant as p', 'p.id', 'm.merged_participant_id')
    .select([
      'm.id as merge_id',
      'm.merged_at',
      'm.reason',
      'p.id',
      'p.display_name',
      'p.birth_year',
      'p.created_at',
    ])
    .where('m.kept_participant_id', 'in', [...keptIds])
    .where('m.undone_at', 'is', null)
    .orderBy('m.merged_at')
    .execute();
}
