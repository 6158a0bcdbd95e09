import { writeFile } from 'node:fs/promises';
import { da, fill } from '@helhed/core';
import {
  annualReportJson,
  boardReportSections,
  buildAnnualReport,
  buildQuarterlyReport,
  findPlanBySlug,
  migrateToLatest,
  ODENSE_PLAN,
  quarterlyReportJson,
  renderAnnual,
  renderQuarterly,
} from '@helhed/server';
import { type ParsedArgs, requireOption, UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

const FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `helhed report quarterly --plan SLUG --quarter 2025-Q1 [--format json|csv|xlsx|pdf] [--out FILE]`
 * and `helhed report annual --plan SLUG --year 2025 …`: the same report as the app's Rapporter
 * page and API (the JSON byte for byte), written to standard output or to FILE.
 */
export async function report(kind: string | undefined, options: ParsedArgs['options']): Promise<void> {
  if (kind !== 'quarterly' && kind !== 'annual') {
    throw new UsageError(fill(da.cli.unknownCommand, { command: `report ${kind ?? ''}`.trim() }));
  }
  const format = (typeof options.format === 'string' ? options.format : 'json') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(da.reports.errors.formatInvalid);
  const slug = typeof options.plan === 'string' ? options.plan : ODENSE_PLAN.slug;
  const period = kind === 'quarterly' ? requireOption(options, 'quarter') : requireOption(options, 'year');
  const out = typeof options.out === 'string' ? options.out : null;
  const content = await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    const plan = await findPlanBySlug(db, slug);
    if (!plan) throw new UsageError(fill(da.reports.errors.planUnknown, { slug }));
    const now = new Date();
    try {
      if (kind === 'quarterly') {
        const built = await buildQuarterlyReport(db, { planId: plan.id }, period);
        if (format === 'json') return quarterlyReportJson(built);
        return renderQuarterly(built, format, now, await boardReportSections(db, plan.id, now));
      }
      const built = await buildAnnualReport(db, { planId: plan.id }, period);
      if (format === 'json') return annualReportJson(built);
      return renderAnnual(built, format, now, await boardReportSections(db, plan.id, now));
    } catch (error) {
      // A bad quarter or year: the same Danish message as the API's 400.
      if (error instanceof Error && (error as { status?: number }).status === 400) {
        throw new UsageError(error.message);
      }
      throw error;
    }
  });
  if (out) await writeFile(out, content);
  else process.stdout.write(content);
}
