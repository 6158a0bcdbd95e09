import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { da, fill } from '@helhed/core';
import {
  ImportFileRefused,
  ImportUserUnknown,
  importFromCommandLine,
  migrateToLatest,
  seedOdensePlan,
} from '@helhed/server';
import { type ParsedArgs, requireOption, UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

const t = da.imports;
const KINDS = ['participants', 'attendance', 'volunteers'] as const;
type Kind = (typeof KINDS)[number];

function isKind(value: string | undefined): value is Kind {
  return KINDS.includes(value as Kind);
}

/**
 * `helhed import participants|attendance|volunteers FILE --as EMAIL [--dry-run]`: the page's import
 * from a terminal, as the named staff member. Prints each row's fate; exits 1 when a row or the
 * file is refused, having saved nothing. `--dry-run` saves nothing in any case.
 */
export async function importRegistration(
  kind: string | undefined,
  positional: string | undefined,
  options: ParsedArgs['options'],
): Promise<void> {
  if (!isKind(kind)) throw new UsageError(t.cli.kindUnknown);
  // "--dry-run FILE" reads as an option with a value; the file is then that value.
  const dryRunValue = options['dry-run'];
  const file = positional ?? (typeof dryRunValue === 'string' ? dryRunValue : undefined);
  if (!file) throw new UsageError(da.planApi.importFileMissing);
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') throw new UsageError(da.planApi.importUnsupportedType);
  if (typeof options.as !== 'string') throw new UsageError(t.cli.asMissing);
  const email = requireOption(options, 'as');
  const content = await readFile(file);
  const mode = dryRunValue === undefined ? 'commit' : 'dry-run';
  await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    await seedOdensePlan(db);
    try {
      const report = await importFromCommandLine(
        db,
        email,
        kind,
        { kind: extension === '.csv' ? 'csv' : 'xlsx', content },
        mode,
      );
      for (const row of report.rows) {
        const notes = [...row.reasons, ...row.changes, ...row.duplicates].join('; ');
        process.stdout.write(
          `${fill(t.rowLabel, { row: row.row })}: ${t.outcomes[row.outcome]} – ${row.label}${notes ? ` (${notes})` : ''}\n`,
        );
      }
      process.stdout.write(`${fill(t.cli.summary, report.counts)}\n`);
      if (report.counts.refused > 0) {
        process.stderr.write(`${fill(t.refusedCommit, { count: report.counts.refused })}\n`);
        process.exitCode = 1;
      } else {
        process.stdout.write(`${report.committed ? t.cli.committed : t.cli.dryRunDone}\n`);
      }
    } catch (error) {
      if (error instanceof ImportUserUnknown) throw new UsageError(fill(t.cli.userUnknown, { email }));
      if (!(error instanceof ImportFileRefused)) throw error;
      process.stderr.write(
        `${da.planApi.importFailedHeader}\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`,
      );
      process.exitCode = 1;
    }
  });
}
