import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { EntryText } from '../tables.ts';

// Edits and withdrawals of videnbase entries, with the history of each entry.

/** A kept text as the jsonb column takes it; null where nothing is kept. */
const json = (text: EntryText | null) => (text === null ? null : JSON.stringify(text));

/** An entry of the plan's own, locked for a change; undefined for another plan's or none. */
export function lockOwnEntry(db: Db, planId: string, entryId: string) {
  return db
    .selectFrom('knowledge_entry')
    .select(['id', 'title', 'body', 'year', 'withdrawn_at'])
    .where('id', '=', entryId)
    .where('plan_id', '=', planId)
    .forUpdate()
    .executeTakeFirst();
}

export function updateEntryText(db: Db, entryId: string, text: EntryText) {
  return db
    .updateTable('knowledge_entry')
    .set({ ...text, updated_at: sql<Date>`now()` })
    .where('id', '=', entryId)
    .execute();
}

export function markEntryWithdrawn(db: Db, entryId: string, reason: string) {
  return db
    .updateTable('knowledge_entry')
    .set({ withdrawn_at: sql<Date>`now()`, withdrawn_reason: reason })
    .where('id', '=', entryId)
    .execute();
}

export function insertEntryRevision(
  db: Db,
  values: {
    plan_id: string;
    entry_id: string;
    change: 'edit' | 'withdraw';
    reason: string;
    removed_personal_data: boolean;
    before: EntryText | null;
    after: EntryText | null;
    changed_by: string | null;
  },
) {
  return db
    .insertInto('knowledge_entry_revision')
    .values({ ...values, before: json(values.before), after: json(values.after) })
    .execute();
}

/** An edit that removed personal data takes every earlier text of the entry with it. */
export function forgetEntryTexts(db: Db, entryId: string) {
  return db
    .updateTable('knowledge_entry_revision')
    .set({ before: null, after: null })
    .where('entry_id', '=', entryId)
    .where((eb) => eb.or([eb('before', 'is not', null), eb('after', 'is not', null)]))
    .execute();
}

export function listEntryRevisions(db: Db, entryIds: readonly string[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('knowledge_entry_revision as r')
    .leftJoin('app_user', 'app_user.id', 'r.changed_by')
    .select([
      'r.id',
      'r.entry_id',
      'r.change',
      'r.reason',
      'r.removed_personal_data',
      'r.before',
      'r.after',
      'r.changed_at',
      'app_user.display_name as changed_by_name',
    ])
    .where('r.entry_id', 'in', entryIds)
    .orderBy('r.changed_at', 'desc')
    .orderBy('r.id')
    .execute();
}

/** Kept texts of revisions made before the cut-off day, for the retention rule's redaction. */
export function revisionTextsBefore(db: Db, cutoff: string) {
  return db
    .selectFrom('knowledge_entry_revision')
    .select(['id', 'plan_id', 'before', 'after'])
    .where('changed_at', '<', sql<Date>`(${cutoff}::date)::timestamp at time zone 'Europe/Copenhagen'`)
    .where((eb) => eb.or([eb('before', 'is not', null), eb('after', 'is not', null)]))
    .orderBy('id')
    .execute();
}

export function replaceRevisionTexts(db: Db, id: string, before: EntryText | null, after: EntryText | null) {
  return db
    .updateTable('knowledge_entry_revision')
    .set({ before: json(before), after: json(after) })
    .where('id', '=', id)
    .execute();
}
