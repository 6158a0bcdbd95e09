import { da, fill } from '@helhed/core';
import {
  generateSyntheticData,
  parseYears,
  SyntheticDataError,
  SyntheticOptionsError,
  seedOdensePlan,
  syntheticOptions,
} from '@helhed/server';
import type { ParsedArgs } from '../args.ts';
import { UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

const m = da.synthetic.cli;
const NUMERIC = ['plans', 'residents', 'seed', 'cases', 'contacts'] as const;

function numberOption(options: ParsedArgs['options'], name: (typeof NUMERIC)[number]): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value))
    throw new UsageError(fill(m.invalidOption, { option: name }));
  return Number(value);
}

/** `helhed seed --synthetic [--demo] [--plans N] [--residents N] [--years 2024-2026|N] [--seed N] [--bulk]` */
export async function seedSynthetic(options: ParsedArgs['options']): Promise<void> {
  if (!options.synthetic) throw new UsageError(m.needsSyntheticFlag);
  let years: [number, number] | undefined;
  try {
    if (options.years !== undefined) years = parseYears(String(options.years), 2026);
  } catch {
    throw new UsageError(fill(m.invalidOption, { option: 'years' }));
  }
  const input = {
    mode: options.demo ? ('demo' as const) : ('plans' as const),
    ...Object.fromEntries(
      NUMERIC.map((name) => [name, numberOption(options, name)]).filter(([, v]) => v !== undefined),
    ),
    ...(years ? { fromYear: years[0], toYear: years[1] } : {}),
    load: options.bulk ? ('bulk' as const) : ('audited' as const),
  };
  const o = validated(input);
  process.stdout.write(
    `${fill(m.starting, {
      mode: o.mode === 'demo' ? m.modeDemo : m.modePlans,
      plans: o.plans,
      residents: o.residents,
      cases: o.cases,
      contacts: o.contacts,
      from: o.fromYear,
      to: o.toYear,
      seed: o.seed,
    })}\n`,
  );
  await withDatabase(async ({ db, asOwner }) => {
    await seedOdensePlan(db);
    const started = performance.now();
    // --bulk pauses triggers, which only the owner may (decision 0014); the audited load is the app's work.
    const generate = (target: typeof db) =>
      generateSyntheticData(target, o, (table, rows, ms) => {
        process.stdout.write(`${fill(m.progress, { table, rows, seconds: (ms / 1000).toFixed(1) })}\n`);
      });
    try {
      const result = o.load === 'bulk' ? await asOwner(generate) : await generate(db);
      const total = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${fill(m.done, { seconds, total, plans: result.planIds.length })}\n`);
      if (o.load === 'bulk') process.stdout.write(`${m.bulkNote}\n`);
    } catch (error) {
      if (!(error instanceof SyntheticDataError)) throw error;
      if (error.reason === 'demo-plan-missing')
        throw new UsageError(fill(m.demoPlanMissing, { slug: error.detail }));
      if (error.reason === 'bulk-needs-superuser') throw new UsageError(da.database.bulkNeedsOwner);
      throw new UsageError(fill(m.alreadyGenerated, { detail: error.detail }));
    }
  });
}

function validated(input: Parameters<typeof syntheticOptions>[0]) {
  try {
    return syntheticOptions(input);
  } catch (error) {
    if (error instanceof SyntheticOptionsError)
      throw new UsageError(fill(m.invalidOption, { option: error.key }));
    throw error;
  }
}
