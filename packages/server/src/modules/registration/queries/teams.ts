import type { Db } from '../../../platform/db/database.ts';

/** The plan's team of this name, created when there is none (genhusning's demo loads into its own team). */
export async function findOrCreateTeam(db: Db, planId: string, name: string): Promise<{ id: string }> {
  const team = await db
    .selectFrom('team')
    .select('id')
    .where('plan_id', '=', planId)
    .where('name', '=', name)
    .executeTakeFirst();
  return (
    team ?? db.insertInto('team').values({ plan_id: planId, name }).returning('id').executeTakeFirstOrThrow()
  );
}
