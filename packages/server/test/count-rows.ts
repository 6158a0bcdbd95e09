import type { Database, Db } from '../src/platform/db/database.ts';

/** How many rows a table holds, across plans: a refused or repeated request must add none. */
export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
