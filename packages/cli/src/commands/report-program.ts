import { writeFile } from 'node:fs/promises';
import { da, fill } from '@helhed/core';
import { buildProgramReport, migrateToLatest, renderProgramReportPdf, seedOdensePlan } from '@helhed/server';
import { type ParsedArgs, requireOption, UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

/**
 * `helhed report program --program vollsmose --format pdf|json [--quarter 2025-Q1] [--out FILE]`:
 * the program report for Økonomiudvalget, the same JSON and PDF as the app's Programrapport page.
 */
export async function reportProgram(options: ParsedArgs['options']): Promise<void> {
  const slug = requireOption(options, 'program');
  const format = typeof options.format === 'string' ? options.format : 'json';
  if (format !== 'json' && format !== 'pdf') throw new UsageError(da.program.cli.usage);
  const quarter = typeof options.quarter === 'string' ? options.quarter : undefined;
  const out = typeof options.out === 'string' ? options.out : null;
  const content = await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    await seedOdensePlan(db);
    try {
      const report = await buildProgramReport(db, slug, { quarter });
      return format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : await renderProgramReportPdf(report);
    } catch (error) {
      // An unknown program (the report's own 404) or a bad quarter (the API's Danish 400 message).
      const status = error instanceof Error ? (error as { status?: number }).status : undefined;
      if (status === 404) throw new UsageError(fill(da.program.cli.unknownProgram, { slug }));
      if (status === 400) throw new UsageError((error as Error).message);
      throw error;
    }
  });
  if (out) {
    await writeFile(out, content);
    process.stderr.write(`${fill(da.program.cli.written, { file: out })}\n`);
  } else process.stdout.write(content);
}
