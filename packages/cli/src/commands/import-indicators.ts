import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { da, fill } from '@helhed/core';
import {
  findPlanBySlug,
  type ImportFileKind,
  ImportInvalidError,
  importIndicatorFile,
  migrateToLatest,
  ODENSE_PLAN,
  seedOdensePlan,
  systemActor,
} from '@helhed/server';
import { type ParsedArgs, UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

function kindOf(file: string): ImportFileKind {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw new UsageError(da.planApi.importUnsupportedType);
}

/**
 * `helhed import indicators FILE [--plan SLUG]`: the same all-or-nothing import as the upload in
 * the app. Prints a Danish summary, or every bad row and exits with status 1 having changed nothing.
 */
export async function importIndicators(
  file: string | undefined,
  options: ParsedArgs['options'],
): Promise<void> {
  if (!file) throw new UsageError(da.planApi.importFileMissing);
  const kind = kindOf(file);
  const content = await readFile(file);
  const slug = typeof options.plan === 'string' ? options.plan : ODENSE_PLAN.slug;
  await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    await seedOdensePlan(db);
    const plan = await findPlanBySlug(db, slug);
    if (!plan) throw new UsageError(fill(da.planApi.importPlanUnknown, { slug }));
    try {
      const summary = await importIndicatorFile(db, systemActor('cli-import', plan.id), plan.id, {
        kind,
        content,
      });
      process.stdout.write(
        `${fill(da.planApi.importSummary, {
          imported: summary.imported,
          indicators: summary.indicators,
          years: summary.years.join(', '),
        })}\n`,
      );
    } catch (error) {
      if (!(error instanceof ImportInvalidError)) throw error;
      const lines = error.rows.map(
        (r) =>
          `  ${fill(da.planApi.importRowLabel, { row: r.row })}${r.field ? ` (${r.field})` : ''}: ${r.message}`,
      );
      process.stderr.write(`${da.planApi.importFailedHeader}\n${lines.join('\n')}\n`);
      process.exitCode = 1;
    }
  });
}
