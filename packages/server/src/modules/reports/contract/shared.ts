import { HIDDEN_LABEL } from '@helhed/core';
import { z } from 'zod';

/**
 * The reports' JSON. Every count of persons is a SafeCount (a number or "x", hidden); counts of
 * sessions, meetings and situations are plain numbers. Nothing in a report names or identifies a
 * participant: rows are activities, areas and indicators only.
 */
export const SafeCountSchema = z.union([z.number().int().nonnegative(), z.literal(HIDDEN_LABEL)]);

/** Set when the plans hold synthetic demo data (the generator's seed number and time). */
export const SyntheticMarkSchema = z.object({ seedNumber: z.number(), createdAt: z.string() }).nullable();

export const ReportPlanSchema = z.object({
  /** null when the report covers all plans. */
  id: z.string().nullable(),
  slug: z.string().nullable(),
  name: z.string(),
});

/** A report as JSON (default) or as a download of the same figures. */
export const ReportFormatSchema = z.enum(['json', 'csv', 'xlsx', 'pdf']);

export type SyntheticMark = z.infer<typeof SyntheticMarkSchema>;
export type ReportPlan = z.infer<typeof ReportPlanSchema>;
export type ReportFormat = z.infer<typeof ReportFormatSchema>;
