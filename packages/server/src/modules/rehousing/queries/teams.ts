import type { Db } from '../../../platform/db/database.ts';

// Teams by name, for loading the historical example into its own team.

export function findTeamByName(db: Db, planId: string, name: string) {
  return db
    .selectFrom('team')
    .select('id')
    .where('plan_id', '=', planId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export function insertTeam(db: Db, planId: string, name: string) {
  return db.insertInto('team').values({ plan_id: planId, name }).returning('id').executeTakeFirstOrThrow();
}
