import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { passQuarterLock, systemActor, withTransaction } from '../db/transaction.ts';
import {
  cutoffDay,
  formatPeriod,
  type Period,
  parsePeriod,
  periodsFromEnv,
  RETENTION_CATEGORIES,
  type RetentionCategory,
} from './periods.ts';

/**
 * One module's retention rule for one table (the register's name for it). The platform runs the
 * rules; each module owns what its rule deletes or anonymises, in its own queries.
 */
export interface RetentionRule {
  table: string;
  category: RetentionCategory;
  /** Rows the rule would change for this cut-off day (YYYY-MM-DD, Danish time). */
  count(db: Db, cutoff: string): Promise<number>;
  /** Changes them, each plan or person in its own transaction as `system:retention`; returns rows changed. */
  apply(db: Db, cutoff: string): Promise<number>;
}

/**
 * A rule that changes rows plan by plan, each plan in its own transaction as `system:retention`:
 * `due` lists the plans with rows to change and how many, `change` does one plan.
 */
export function perPlanRule(
  table: string,
  category: RetentionCategory,
  due: (db: Db, cutoff: string) => Promise<{ plan_id: string; n: string }[]>,
  change: (db: Db, planId: string, cutoff: string) => Promise<number>,
): RetentionRule {
  return {
    table,
    category,
    count: async (db, cutoff) => (await due(db, cutoff)).reduce((sum, row) => sum + Number(row.n), 0),
    async apply(db, cutoff) {
      let changed = 0;
      for (const { plan_id } of await due(db, cutoff)) {
        changed += await withTransaction(db, systemActor('retention', plan_id), async (trx) => {
          await passQuarterLock(trx);
          return change(trx, plan_id, cutoff);
        });
      }
      return changed;
    },
  };
}

/**
 * A rule that erases people one by one, each in its own transaction as `system:retention` in the
 * person's plan: `due` lists them, `erase` is the module's own erasure (the one a restore re-applies).
 */
export function perSubjectRule(
  table: string,
  due: (db: Db, cutoff: string) => Promise<{ id: string; plan_id: string }[]>,
  erase: (db: Db, id: string) => Promise<void>,
): RetentionRule {
  return {
    table,
    category: 'residents',
    count: async (db, cutoff) => (await due(db, cutoff)).length,
    async apply(db, cutoff) {
      const rows = await due(db, cutoff);
      for (const row of rows) {
        await withTransaction(db, systemActor('retention', row.plan_id), (trx) => erase(trx, row.id));
      }
      return rows.length;
    },
  };
}

export interface RetentionOutcome {
  dryRun: boolean;
  periods: Record<RetentionCategory, string>;
  cutoffs: Record<RetentionCategory, string>;
  /** Rows changed (or, in a dry run, that would be) per table, in the order the rules ran. */
  tables: { table: string; category: RetentionCategory; rows: number }[];
}

export interface RetentionOptions {
  now?: Date;
  /** Periods to use instead of the settings, as Period or text such as '24m' (tests). */
  periods?: Partial<Record<RetentionCategory, Period | string>>;
  dryRun?: boolean;
}

/** Runs every rule with its category's cut-off: the whole retention job, or its preview. */
export async function runRetentionRules(
  db: Db,
  rules: readonly RetentionRule[],
  options: RetentionOptions = {},
): Promise<RetentionOutcome> {
  const periods = periodsFromEnv();
  for (const [category, value] of Object.entries(options.periods ?? {}) as [
    RetentionCategory,
    Period | string,
  ][]) {
    periods[category] = typeof value === 'string' ? parsePeriod(value, category) : value;
  }
  const now = options.now ?? new Date();
  const cutoffs = Object.fromEntries(
    RETENTION_CATEGORIES.map((category) => [category, cutoffDay(now, periods[category])]),
  ) as Record<RetentionCategory, string>;
  const tables: RetentionOutcome['tables'] = [];
  for (const rule of rules) {
    const cutoff = cutoffs[rule.category];
    const rows = options.dryRun ? await rule.count(db, cutoff) : await rule.apply(db, cutoff);
    tables.push({ table: rule.table, category: rule.category, rows });
  }
  return {
    dryRun: options.dryRun === true,
    periods: Object.fromEntries(
      RETENTION_CATEGORIES.map((category) => [category, formatPeriod(periods[category])]),
    ) as Record<RetentionCategory, string>,
    cutoffs,
    tables,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the rules when the server is ready and then once a day inside the server process. */
export function startRetentionSchedule(db: Db, rules: readonly RetentionRule[], log: FastifyBaseLogger) {
  const run = () =>
    runRetentionRules(db, rules)
      .then((outcome) => log.info({ tables: outcome.tables, cutoffs: outcome.cutoffs }, 'retention run'))
      .catch((error: unknown) => log.error({ err: error }, 'retention run failed'));
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Rows one table's rule changed (or would change) in an outcome. */
export function rowsOf(outcome: RetentionOutcome, ...tables: string[]): number {
  return outcome.tables.filter((t) => tables.includes(t.table)).reduce((sum, t) => sum + t.rows, 0);
}
