import type { Db } from '../../../platform/db/database.ts';

export interface SyntheticDataset {
  id: string;
  planId: string;
  seedNumber: number;
  parameters: Record<string, unknown>;
  createdAt: Date;
}

/**
 * The newest synthetic dataset recorded for a plan, or null when the plan holds only real data.
 * (The reports read the same table for their "Syntetiske data" mark with a query of their own.)
 */
export async function findSyntheticDataset(db: Db, planId: string): Promise<SyntheticDataset | null> {
  const row = await db
    .selectFrom('synthetic_dataset')
    .select(['id', 'plan_id', 'seed_number', 'parameters', 'created_at'])
    .where('plan_id', '=', planId)
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

/** Records a generated dataset for every plan it touched (the seed and the options as JSON). */
export async function insertSyntheticDatasets(
  db: Db,
  planIds: readonly string[],
  seedNumber: number,
  parameters: string,
): Promise<void> {
  await db
    .insertInto('synthetic_dataset')
    .values(planIds.map((planId) => ({ plan_id: planId, seed_number: seedNumber, parameters })))
    .execute();
}
