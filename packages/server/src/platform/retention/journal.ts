import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export type ErasureKind = 'participant' | 'household';

/** How each kind is erased: the modules' own erasure, given by the app (retention.ts). */
export type Erasers = Readonly<Record<ErasureKind, (db: Db, id: string) => Promise<void>>>;

export interface ErasureEntry {
  plan_id: string;
  subject_kind: ErasureKind;
  subject_id: string;
  erased_at: Date;
}

/**
 * Writes down that a participant or household was erased: ids and the moment, nothing else. Called
 * in the erasing transaction, so the note exists exactly when the erasure does; a second erasure of
 * the same subject keeps the first date.
 */
export async function recordErasure(db: Db, planId: string, kind: ErasureKind, subjectId: string) {
  await db
    .insertInto('erasure_journal')
    .values({ plan_id: planId, subject_kind: kind, subject_id: subjectId })
    .onConflict((oc) => oc.constraint('erasure_journal_subject_key').doNothing())
    .execute();
}

export async function readErasureJournal(db: Db): Promise<ErasureEntry[]> {
  return db
    .selectFrom('erasure_journal')
    .select(['plan_id', 'subject_kind', 'subject_id', 'erased_at'])
    .orderBy('id')
    .execute();
}

/** Puts journal entries back after a restore, with their own dates; entries already there stay. */
export async function restoreErasureEntries(db: Db, entries: readonly ErasureEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`insert into erasure_journal (plan_id, subject_kind, subject_id, erased_at)
    select * from jsonb_to_recordset(${JSON.stringify(entries)}::jsonb)
      as e(plan_id uuid, subject_kind text, subject_id uuid, erased_at timestamptz)
    on conflict on constraint erasure_journal_subject_key do nothing`.execute(db);
}

const keyOf = (entry: ErasureEntry) => `${entry.subject_kind}:${entry.subject_id}`;

/**
 * After a restore: every erasure in `journal` (read before the restore) that the restored journal
 * lacks is written back with its own date and carried out again, as `system:restore`, in the same
 * transaction. Returns how many.
 */
export async function reapplyErasures(db: Db, journal: readonly ErasureEntry[], erasers: Erasers) {
  const known = new Set((await readErasureJournal(db)).map(keyOf));
  const missing = journal.filter((entry) => !known.has(keyOf(entry)));
  if (missing.length === 0) return 0;
  await sql`select set_config('helhed.actor', 'system:restore', true),
                   set_config('helhed.actor_id', '', true)`.execute(db);
  await restoreErasureEntries(db, missing);
  for (const entry of missing) await erasers[entry.subject_kind](db, entry.subject_id);
  return missing.length;
}
