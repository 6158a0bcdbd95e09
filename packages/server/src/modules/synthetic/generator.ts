import { type Kysely, sql } from 'kysely';
import type { Database, Db } from '../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../platform/db/transaction.ts';
import { ODENSE_PLAN } from '../plan/index.ts';
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

/** Whether this role may pause triggers: a superuser, or the owner granted SET on the parameter (0014). */
async function canPauseTriggers(db: Db): Promise<boolean> {
  const { rows } = await sql<{ may: boolean }>`
    select has_parameter_privilege('session_replication_role', 'SET') as may`.execute(db);
  return rows[0]?.may === true;
}

async function demoPlan(db: Db, options: SyntheticOptions): Promise<string> {
  const plan = await db
    .selectFrom('plan')
    .select('id')
    .where('slug', '=', ODENSE_PLAN.slug)
    .executeTakeFirst();
  if (!plan) throw new SyntheticDataError('demo-plan-missing', ODENSE_PLAN.slug);
  const teamId = syntheticUuid(options, KIND.team, 0);
  const existing = await db.selectFrom('team').select('id').where('id', '=', teamId).executeTakeFirst();
  if (existing) throw new SyntheticDataError('already-generated', ODENSE_PLAN.slug);
  await insertDemoTeams(db, options, plan.id);
  return plan.id;
}

async function newPlans(db: Db, options: SyntheticOptions): Promise<string[]> {
  const slugs = Array.from({ length: options.plans }, (_, pidx) => syntheticPlanSlug(options, pidx));
  const taken = await db.selectFrom('plan').select('slug').where('slug', 'in', slugs).executeTakeFirst();
  if (taken) throw new SyntheticDataError('already-generated', taken.slug);
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
      await sql`set local session_replication_role = replica`.execute(trx);
    }
    await sql`set local work_mem = '256MB'`.execute(trx);
    await createGeneratorFunctions(trx, options);
    const planIds = options.mode === 'demo' ? [await demoPlan(trx, options)] : await newPlans(trx, options);
    await buildStructureTables(trx, options, planIds);
    const loader = new Loader(trx, progress);
    await insertPeople(loader, options);
    await insertGroups(loader, options);
    const parameters = JSON.stringify({ ...options, tag: optionsTag(options), generator: 1 });
    await trx
      .insertInto('synthetic_dataset')
      .values(planIds.map((planId) => ({ plan_id: planId, seed_number: options.seed, parameters })))
      .execute();
    if (options.load === 'bulk') await recordBulkLoad(trx, planIds, loader.counts);
    return { options, planIds, counts: loader.counts, ms: performance.now() - started };
  });
}

// With row triggers off, the audit log still says what happened: one event per table and plan set.
async function recordBulkLoad(db: Db, planIds: string[], counts: Record<string, number>) {
  const planId = planIds.length === 1 ? (planIds[0] ?? null) : null;
  await db
    .insertInto('audit_event')
    .values(
      Object.entries(counts).map(([table, rows]) => ({
        plan_id: planId,
        actor_label: `system:${SYNTHETIC_ACTOR}`,
        action: 'create',
        entity_type: table,
        details: `bulk:${rows} rows in ${planIds.length} plans`,
      })),
    )
    .execute();
}
