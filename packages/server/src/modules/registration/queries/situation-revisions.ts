import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Database, Db } from '../../../platform/db/database.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import type { SituationValues } from '../tables-groups.ts';
import { scopeTeamRows } from './scope.ts';

// Corrections and removals of tryghed contacts and CKS meetings, and their history.

/** A tryghed contact in the actor's scope, locked for a correction; undefined outside the scope. */
export function lockSafetyContact(db: Db, actor: SessionActor, id: string) {
  return db
    .selectFrom('safety_contact')
    .selectAll('safety_contact')
    .where(scopeTeamRows(actor, 'safety_contact'))
    .where('safety_contact.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function updateSafetyContact(
  db: Db,
  id: string,
  values: {
    occurred_on: string;
    reported_by: string;
    area_id: string | null;
    place: string | null;
    situation: string;
    routed_to: string[];
    follow_up: string | null;
    followed_up_on: string | null;
  },
) {
  return db.updateTable('safety_contact').set(values).where('id', '=', id).execute();
}

export function deleteSafetyContact(db: Db, id: string) {
  return db.deleteFrom('safety_contact').where('id', '=', id).execute();
}

export function lockCksMeeting(db: Db, actor: SessionActor, id: string) {
  return db
    .selectFrom('cks_meeting')
    .selectAll('cks_meeting')
    .where(scopeTeamRows(actor, 'cks_meeting'))
    .where('cks_meeting.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function updateCksMeeting(
  db: Db,
  id: string,
  values: { held_on: string; area_id: string | null; attendance: string; agreements: string | null },
) {
  return db.updateTable('cks_meeting').set(values).where('id', '=', id).execute();
}

export function deleteCksMeeting(db: Db, id: string) {
  return db.deleteFrom('cks_meeting').where('id', '=', id).execute();
}

export function insertSituationRevision(
  db: Db,
  values: {
    plan_id: string;
    subject: 'safety_contact' | 'cks_meeting';
    record_id: string;
    team_id: string;
    dated_on: string;
    change: 'edit' | 'remove';
    reason: string;
    before: SituationValues;
    after: SituationValues | null;
    changed_by: string;
  },
) {
  return db
    .insertInto('situation_revision')
    .values({
      ...values,
      before: JSON.stringify(values.before),
      after: values.after === null ? null : JSON.stringify(values.after),
    })
    .execute();
}

/** One page of the corrections of one kind of record in the actor's scope, newest first. */
export function listSituationRevisions(
  db: Db,
  actor: SessionActor,
  subject: 'safety_contact' | 'cks_meeting',
  paging: { limit: number; offset: number },
) {
  const query = db
    .selectFrom('situation_revision')
    .leftJoin('app_user', 'app_user.id', 'situation_revision.changed_by')
    .selectAll('situation_revision')
    .select('app_user.display_name as changed_by_name')
    .where(scopeTeamRows(actor, 'situation_revision'))
    .where('situation_revision.subject', '=', subject)
    .orderBy('situation_revision.changed_at', 'desc')
    .orderBy('situation_revision.id');
  return fetchPage(db, query, paging);
}

/**
 * History past the residents' period: a revision dated before the cut-off, or of a record whose
 * own date is before it (whose free text the retention job removes in the same run).
 */
function dueRevision(cutoff: string) {
  return (eb: ExpressionBuilder<Database, 'situation_revision'>): Expression<SqlBool> =>
    eb.or([
      eb('situation_revision.dated_on', '<', cutoff),
      eb.exists(
        eb
          .selectFrom('safety_contact')
          .select('safety_contact.id')
          .whereRef('safety_contact.id', '=', 'situation_revision.record_id')
          .where('safety_contact.occurred_on', '<', cutoff),
      ),
      eb.exists(
        eb
          .selectFrom('cks_meeting')
          .select('cks_meeting.id')
          .whereRef('cks_meeting.id', '=', 'situation_revision.record_id')
          .where('cks_meeting.held_on', '<', cutoff),
      ),
    ]);
}

export function situationRevisionsBefore(db: Db, cutoff: string) {
  return db
    .selectFrom('situation_revision')
    .select(['situation_revision.plan_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where(dueRevision(cutoff))
    .groupBy('situation_revision.plan_id')
    .execute();
}

export async function deleteSituationRevisionsBefore(db: Db, planId: string, cutoff: string) {
  const result = await db
    .deleteFrom('situation_revision')
    .where('situation_revision.plan_id', '=', planId)
    .where(dueRevision(cutoff))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
