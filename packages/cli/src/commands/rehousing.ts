import { da, fill } from '@helhed/core';
import {
  findPlanBySlug,
  loadFlyttehjaelpDemo,
  migrateToLatest,
  ODENSE_PLAN,
  PhaseNotFound,
  rehousingStatusOutput,
  seedOdensePlan,
} from '@helhed/server';
import { type ParsedArgs, UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

const FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

async function planOf(db: Parameters<typeof findPlanBySlug>[0], options: ParsedArgs['options']) {
  const slug = typeof options.plan === 'string' ? options.plan : ODENSE_PLAN.slug;
  await migrateToLatest(db);
  await seedOdensePlan(db);
  const plan = await findPlanBySlug(db, slug);
  if (!plan) throw new UsageError(fill(da.planApi.importPlanUnknown, { slug }));
  return plan;
}

/**
 * `helhed genhusning status --phase P --date YYYY-MM-DD --format json|csv|xlsx|pdf [--exact]`:
 * the committee table for a phase (id or name; without --phase the whole plan) as of a date,
 * written to standard output. Discretion-safe (hidden counts as "x") unless --exact.
 * `helhed genhusning demo`: loads the historical example "Udvidet flyttehjælp 2011–2012".
 */
export async function rehousing(sub: string | undefined, options: ParsedArgs['options']): Promise<void> {
  if (sub === 'demo') {
    await withDatabase(async ({ db }) => {
      const plan = await planOf(db, options);
      const result = await loadFlyttehjaelpDemo(db, plan.id);
      process.stdout.write(
        `${result ? fill(da.rehousing.cli.demoLoaded, { count: result.households, phase: 'Udvidet flyttehjælp 2011–2012' }) : da.rehousing.cli.demoExists}\n`,
      );
    });
    return;
  }
  if (sub !== 'status')
    throw new UsageError(fill(da.cli.unknownCommand, { command: `genhusning ${sub ?? ''}`.trim() }));
  const format = (typeof options.format === 'string' ? options.format : 'json') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: ${FORMATS.join(', ')}`);
  const date =
    typeof options.date === 'string'
      ? options.date
      : new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new UsageError(da.registration.errors.dateInvalid);
  }
  await withDatabase(async ({ db }) => {
    const plan = await planOf(db, options);
    try {
      const output = await rehousingStatusOutput(db, plan, {
        phase: typeof options.phase === 'string' ? options.phase : null,
        date,
        format,
        exact: options.exact === true,
      });
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(output, (e) => (e ? reject(e) : resolve())),
      );
    } catch (error) {
      if (error instanceof PhaseNotFound) throw new UsageError(error.message);
      throw error;
    }
  });
}
