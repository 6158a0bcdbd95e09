import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

// Publishing a course evaluation to the videnbase (decision 0018): the names to check against and
// the write of the published text. The course itself is locked through scope.ts (lockCourse).

/** The display names of the plan's participants who are not erased (the names a text must not hold). */
export function listParticipantNames(db: Db, planId: string) {
  return db
    .selectFrom('participant')
    .select('display_name')
    .where('plan_id', '=', planId)
    .where('erased_at', 'is', null)
    .where('display_name', 'is not', null)
    .execute()
    .then((rows) => rows.map((r) => r.display_name as string));
}

export function setPublication(db: Db, courseId: string, text: string | null, userId: string | null) {
  return db
    .updateTable('group_course')
    .set({
      published_evaluation: text,
      published_at: text === null ? null : sql<Date>`now()`,
      published_by: text === null ? null : userId,
    })
    .where('id', '=', courseId)
    .execute();
}
