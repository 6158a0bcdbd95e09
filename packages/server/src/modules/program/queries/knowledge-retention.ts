import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

/** The videnbase's notes written before the cut-off day (Danish time), with their text. */
export function knowledgeTextsBefore(db: Db, cutoff: string) {
  return db
    .selectFrom('knowledge_entry')
    .select(['id', 'plan_id', 'title', 'body'])
    .where('created_at', '<', sql<Date>`(${cutoff}::date)::timestamp at time zone 'Europe/Copenhagen'`)
    .orderBy('id')
    .execute();
}

export async function replaceKnowledgeText(db: Db, id: string, title: string, body: string) {
  await db.updateTable('knowledge_entry').set({ title, body }).where('id', '=', id).execute();
}
