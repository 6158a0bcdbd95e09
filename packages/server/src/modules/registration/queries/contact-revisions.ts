import type { Db } from '../../../platform/db/database.ts';
import type { ContactValues } from '../tables.ts';

// The corrections and removals of a forløb's logged contacts, with the values before and after.

/** One contact of one forløb, locked for a correction; undefined when it is not that forløb's. */
export function lockContact(db: Db, caseId: string, contactId: string) {
  return db
    .selectFrom('support_case_contact')
    .select(['id', 'occurred_on', 'kind', 'note'])
    .where('case_id', '=', caseId)
    .where('id', '=', contactId)
    .forUpdate()
    .executeTakeFirst();
}

export function updateContact(db: Db, contactId: string, values: ContactValues) {
  return db
    .updateTable('support_case_contact')
    .set({ occurred_on: values.occurredOn, kind: values.kind, note: values.note })
    .where('id', '=', contactId)
    .execute();
}

export function deleteContact(db: Db, contactId: string) {
  return db.deleteFrom('support_case_contact').where('id', '=', contactId).execute();
}

export function insertContactRevision(
  db: Db,
  values: {
    plan_id: string;
    case_id: string;
    contact_id: string;
    change: 'edit' | 'remove';
    reason: string;
    before: ContactValues;
    after: ContactValues | null;
    changed_by: string;
  },
) {
  return db
    .insertInto('support_case_contact_revision')
    .values({
      ...values,
      before: JSON.stringify(values.before),
      after: values.after === null ? null : JSON.stringify(values.after),
    })
    .execute();
}

/** The forløb's corrections, newest first, with who made them. */
export function listContactRevisions(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('support_case_contact_revision as r')
    .leftJoin('app_user', 'app_user.id', 'r.changed_by')
    .selectAll('r')
    .select('app_user.display_name as changed_by_name')
    .where('r.case_id', 'in', caseIds)
    .orderBy('r.changed_at', 'desc')
    .orderBy('r.id')
    .execute();
}

/** An erased participant's corrections go with the contact notes they quote. */
export function deleteContactRevisionsOfCases(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.deleteFrom('support_case_contact_revision').where('case_id', 'in', caseIds).execute();
}
