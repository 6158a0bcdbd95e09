import { da, fill } from '@helhed/core';
import { migrateToLatest, RetentionSettingError, runRetention } from '@helhed/server';
import { UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

const t = da.retention;

/**
 * `helhed retention run [--dry-run]`: the job the server runs at start and daily, with the periods
 * of the settings; with --dry-run it prints what would go, per table, and changes nothing.
 */
export async function retentionRun(options: Record<string, string | true>): Promise<void> {
  for (const option of Object.keys(options)) {
    if (option !== 'dry-run') throw new UsageError(fill(t.cli.unknownOption, { option: `--${option}` }));
  }
  const dryRun = options['dry-run'] === true;
  const outcome = await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    return runRetention(db, { dryRun });
  }).catch((error: unknown) => {
    if (error instanceof RetentionSettingError)
      throw new UsageError(fill(t.cli.settingInvalid, { setting: error.setting, value: error.value }));
    throw error;
  });
  const when = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(
    new Date(),
  );
  const lines = [fill(dryRun ? t.cli.dryRunHeader : t.cli.header, { when })];
  for (const [category, period] of Object.entries(outcome.periods) as [keyof typeof t.categories, string][]) {
    lines.push(
      fill(t.cli.period, { category: t.categories[category], period, cutoff: outcome.cutoffs[category] }),
    );
  }
  for (const { table, rows } of outcome.tables) {
    lines.push(fill(t.cli.table, { table, rows: rows.toLocaleString('da-DK') }));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
