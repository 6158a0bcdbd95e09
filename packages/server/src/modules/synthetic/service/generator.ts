import type { Kysely } from 'kysely';
import { eventBy, insertAuditEvents } from '../../../platform/audit/queries.ts';
import type { Database, Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { ODENSE_PLAN } from '../../plan/index.ts';
import { insertSyntheticDatasets } from '../queries/datasets.ts';
import {
  canPauseTriggers,
  findPlanIdBySlug,
  findTakenSlug,
  pauseTriggers,
  raiseWorkMem,
  teamExists,
} from '../queries/generation.ts';
import { insertGroups } from './groups.ts';
import { optionsTag, type SyntheticOptions, syntheticOptions } from './options.ts';
import { insertPeople, Loader } from './people.ts';
import { createGeneratorFunctions, KIND, syntheticUuid } from './sql-functions.ts';
import {
  buildStructureTables,
  insertDemoTeams,
  insertSyntheticPlans,
  syntheticPlanSlug,
} from './structure.ts';

export const SYNTHETIC_ACTOR = 'synthetic';

export class SyntheticDataError extends Error {
  constructor(
    readonly reason: 'demo-plan-missing' | 'already-generated' | 'bulk-needs-superuser',
    readonly detail = '',
  ) {
    super(`synthetic data: ${reason} ${detail}`.trim());
  }
}

export interface SyntheticResult {
  options: SyntheticOptions;
  planIds: string[];
  /** Rows written per table. */
  counts: Record<string, number>;
  ms: number;
}

export type SyntheticProgress = (table: string, rows: number, ms: number) => void;

async function demoPlan(db: Db, options: SyntheticOptions): Promise<string> {
  const planId = await findPlanIdBySlug(db, ODENSE_PLAN.slug);
  if (!planId) throw new SyntheticDataError('demo-plan-missing', ODENSE_PLAN.slug);
  if (await teamExists(db, syntheticUuid(options, KIND.team, 0))) {
    throw new SyntheticDataError('already-generated', ODENSE_PLAN.slug);
  }
  await insertDemoTeams(db, options, planId);
  return planId;
}

async function newPlans(db: Db, options: SyntheticOptions): Promise<string[]> {
  const slugs = Array.from({ length: options.plans }, (_, pidx) => syntheticPlanSlug(options, pidx));
  const taken = await findTakenSlug(db, slugs);
  if (taken !== undefined) throw new SyntheticDataError('already-generated', taken);
  await insertSyntheticPlans(db, options);
  return slugs.map((_, pidx) => syntheticUuid(options, KIND.plan, pidx));
}

/**
 * Generates a synthetic dataset in one transaction (all or nothing) as actor system:synthetic and
 * records it in synthetic_dataset for every plan it touched.
 */
export async function generateSyntheticData(
  db: Kysely<Database>,
  input: Parameters<typeof syntheticOptions>[0],
  progress?: SyntheticProgress,
): Promise<SyntheticResult> {
  const options = syntheticOptions(input);
  const started = performance.now();
  return withTransaction(db, systemActor(SYNTHETIC_ACTOR), async (trx) => {
    if (options.load === 'bulk') {
      if (!(await canPauseTriggers(trx))) throw new SyntheticDataError('bulk-needs-superuser');
      await pauseTriggers(trx);
    }
    await raiseWorkMem(trx);
    await createGeneratorFunctions(trx, options);
    const planIds = options.mode === 'demo' ? [await demoPlan(trx, options)] : await newPlans(trx, options);
    await buildStructureTables(trx, options, planIds);
    const loader = new Loader(trx, progress);
    await insertPeople(loader, options);
    await insertGroups(loader, options);
    const parameters = JSON.stringify({ ...options, tag: optionsTag(options), generator: 1 });
    await insertSyntheticDatasets(trx, planIds, options.seed, parameters);
    if (options.load === 'bulk') await recordBulkLoad(trx, planIds, loader.counts);
    return { options, planIds, counts: loader.counts, ms: performance.now() - started };
  });
}

// With row triggers off, the audit log still says what happened: one event per table and plan set,
// written through the platform's audit writer as system:synthetic.
async function recordBulkLoad(db: Db, planIds: string[], counts: Record<string, number>) {
  const planId = planIds.length === 1 ? (planIds[0] ?? null) : null;
  const who = systemActor(SYNTHETIC_ACTOR);
  await insertAuditEvents(
    db,
    Object.entries(counts).map(([table, rows]) =>
      eventBy(who, planId, {
        action: 'create',
        entityType: table,
        entityId: null,
        details: `bulk:${rows} rows in ${planIds.length} plans`,
      }),
    ),
  );
}
