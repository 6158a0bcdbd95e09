import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

// The generator's own look-ups and session settings around the set-based inserts (service/).

/** Whether this role may pause triggers: a superuser, or the owner granted SET on the parameter (0014). */
export async function canPauseTriggers(db: Db): Promise<boolean> {
  const { rows } = await sql<{ may: boolean }>`
    select has_parameter_privilege('session_replication_role', 'SET') as may`.execute(db);
  return rows[0]?.may === true;
}

/** For the rest of the transaction: row triggers (the audit trigger, foreign-key checks) off. */
export async function pauseTriggers(db: Db): Promise<void> {
  await sql`set local session_replication_role = replica`.execute(db);
}

/** For the rest of the transaction: memory enough for the large sorts and hashes of a load. */
export async function raiseWorkMem(db: Db): Promise<void> {
  await sql`set local work_mem = '256MB'`.execute(db);
}

export async function findPlanIdBySlug(db: Db, slug: string): Promise<string | undefined> {
  const plan = await db.selectFrom('plan').select('id').where('slug', '=', slug).executeTakeFirst();
  return plan?.id;
}

export async function teamExists(db: Db, teamId: string): Promise<boolean> {
  const team = await db.selectFrom('team').select('id').where('id', '=', teamId).executeTakeFirst();
  return team !== undefined;
}

/** The first of the slugs that a plan already has, if any. */
export async function findTakenSlug(db: Db, slugs: readonly string[]): Promise<string | undefined> {
  const taken = await db.selectFrom('plan').select('slug').where('slug', 'in', slugs).executeTakeFirst();
  return taken?.slug;
}
