import { da } from '@helhed/core';
import { z } from 'zod';

export const IMPORT_KINDS = ['participants', 'attendance', 'volunteers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_OUTCOMES = ['create', 'update', 'unchanged', 'refused'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** `?mode=dry-run` reports what the file would do and saves nothing; `?mode=commit` saves it all or nothing. */
export const ImportQuery = z.strictObject({
  mode: z.enum(['dry-run', 'commit'], { error: da.registration.errors.invalidChoice }),
});

export const ImportRowView = z.object({
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  outcome: z.enum(IMPORT_OUTCOMES),
  label: z.string(),
  changes: z.array(z.string()),
  reasons: z.array(z.string()),
  duplicates: z.array(z.string()),
});

export const ImportReportView = z.object({
  kind: z.enum(IMPORT_KINDS),
  mode: z.enum(['dry-run', 'commit']),
  committed: z.boolean(),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    refused: z.number().int(),
  }),
  rows: z.array(ImportRowView),
});
export type ImportReportOut = z.output<typeof ImportReportView>;
