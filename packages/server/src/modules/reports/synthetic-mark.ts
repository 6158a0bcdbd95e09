import type { Db } from '../../platform/db/database.ts';
import { findNewestSyntheticDataset } from '../synthetic/index.ts';
import type { QuarterlyReport } from './contract.ts';

/**
 * Whether the report's plans hold synthetic demo data (the synthetic module's synthetic_dataset):
 * the newest dataset of any of the plans, shown as "Syntetiske data" on screen, on the PDF's title
 * page and as a line in CSV and XLSX. null for real data.
 */
export async function findSyntheticMark(db: Db, planIds: string[]): Promise<QuarterlyReport['synthetic']> {
  const dataset = await findNewestSyntheticDataset(db, planIds);
  return dataset
    ? { seedNumber: dataset.seedNumber, createdAt: new Date(dataset.createdAt).toISOString() }
    : null;
}
