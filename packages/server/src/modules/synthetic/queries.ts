import type { Db } from '../../platform/db/database.ts';

export interface SyntheticDataset {
  id: string;
  planId: string;
  seedNumber: number;
  parameters: Record<string, unknown>;
  createdAt: Date;
}

/**
 * The newest synthetic dataset recorded for a plan, or null when the plan holds only real data.
 * Screens and reports show "Syntetiske data" when this returns a row.
 */
export async function findSyntheticDataset(db: Db, planId: string): Promise<SyntheticDataset | null> {
  return findNewestSyntheticDataset(db, [planId]);
}

/** The newest synthetic dataset of any of the plans (a report over several plans), or null. */
export async function findNewestSyntheticDataset(
  db: Db,
  planIds: readonly string[],
): Promise<SyntheticDataset | null> {
  if (planIds.length === 0) return null;
  const row = await db
    .selectFrom('synthetic_dataset')
    .select(['id', 'plan_id', 'seed_number', 'parameters', 'created_at'])
    .where('plan_id', 'in', planIds)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    planId: row.plan_id,
    seedNumber: row.seed_number,
    parameters: row.parameters,
    createdAt: row.created_at,
  };
}

/** Every synthetic dataset of the installation, newest first (CLI summary, benchmark checks). */
export async function listSyntheticDatasets(db: Db): Promise<SyntheticDataset[]> {
  const rows = await db
    .selectFrom('synthetic_dataset')
    .select(['id', 'plan_id', 'seed_number', 'parameters', 'created_at'])
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    planId: row.plan_id,
    seedNumber: row.seed_number,
    parameters: row.parameters,
    createdAt: row.created_at,
  }));
}
