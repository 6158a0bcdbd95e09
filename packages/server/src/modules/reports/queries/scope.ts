import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

export interface PlanLine {
  id: string;
  slug: string;
  name: string;
}

export async function findPlanLine(db: Db, planId: string): Promise<PlanLine | undefined> {
  const result = await sql<PlanLine>`
      select id, slug, name from plan where id = ${planId}::uuid`.execute(db);
  return result.rows[0];
}

/** Every plan's id, by name. */
export async function listPlanIds(db: Db): Promise<string[]> {
  const result = await sql<{ id: string }>`select id from plan order by name`.execute(db);
  return result.rows.map((row) => row.id);
}
