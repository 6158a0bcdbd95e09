import type { Db } from '../../../platform/db/database.ts';

/** How many rows one of the program module's tables holds (a repeated request must add none). */
export async function rowCount(
  db: Db,
  table: 'knowledge_entry' | 'plan_activity_continuation' | 'program_point',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
