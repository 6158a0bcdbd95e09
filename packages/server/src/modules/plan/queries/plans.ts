import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

export function findPlanById(db: Db, planId: string) {
  return db
    .selectFrom('plan')
    .select(['id', 'slug', 'name', 'municipality', 'period_start', 'period_end'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
}

export function findPlanBySlug(db: Db, slug: string) {
  return db.selectFrom('plan').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export function insertPlan(
  db: Db,
  plan: { slug: string; name: string; municipality: string; periodStart: string; periodEnd: string },
) {
  return db
    .insertInto('plan')
    .values({
      slug: plan.slug,
      name: plan.name,
      municipality: plan.municipality,
      period_start: plan.periodStart,
      period_end: plan.periodEnd,
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}

/** Serialises first-start seeding across processes for the rest of the transaction. */
export async function lockPlanSeed(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('helhed.plan-seed'))`.execute(db);
}
