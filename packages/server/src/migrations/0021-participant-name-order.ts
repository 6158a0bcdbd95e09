import { type Kysely, sql } from 'kysely';

// Issue 18: the participant list opens sorted by name in Danish order (da-x-icu). Without an index
// in that order every first page sorted all of the plan's participants with ICU comparisons; with
// it the first page is read in order and stops after the page (the count still reads them all).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index participant_list_name_idx
      on participant (plan_id, (display_name collate "da-x-icu"), id)
      where erased_at is null and merged_into_id is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index participant_list_name_idx`.execute(db);
}
