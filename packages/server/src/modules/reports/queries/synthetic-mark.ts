import type { Db } from '../../../platform/db/database.ts';
import type { SyntheticMark } from '../contract/shared.ts';

/**
 * Whether the report's plans hold synthetic demo data: the newest row of synthetic_dataset (written
 * by the synthetic generator, one per plan it filled) of any of the plans, shown as "Syntetiske
 * data" on screen, on the PDF's title page and as a line in CSV and XLSX. null for real data.
 * Reports read the table as they read the plan's and the registrations' tables: as data, without
 * importing the module that writes it.
 */
export async function findSyntheticMark(db: Db, planIds: readonly string[]): Promise<SyntheticMark> {
  if (planIds.length === 0) return null;
  const row = await db
    .selectFrom('synthetic_dataset')
    .select(['seed_number', 'created_at'])
    .where('plan_id', 'in', planIds)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? { seedNumber: row.seed_number, createdAt: new Date(row.created_at).toISOString() } : null;
}
