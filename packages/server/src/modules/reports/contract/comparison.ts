import { z } from 'zod';
import { IdSchema } from '../../../platform/contract/fields.ts';
import { IndicatorAreaRowSchema } from './annual.ts';
import { SyntheticMarkSchema } from './shared.ts';

// Issue 20, item 6: the fixed indicators (the strategic agreement's overall goals, set by LBF) of
// every plan the user may compare, side by side for one year. A plan is in the comparison when it
// is the user's own or has shared its fixed indicators with the user's plan (decision 0034). The
// figures are each plan's own annual follow-up, discretion applied as there.

export const ComparisonQuery = z.strictObject({
  year: z.string().max(10),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type ComparisonReportQuery = z.infer<typeof ComparisonQuery>;

export const ComparisonPlanSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  /** The signed-in user's own plan (always first). */
  own: z.boolean(),
  synthetic: SyntheticMarkSchema,
});

/** One plan's figures for one indicator, or null when the plan does not have the indicator. */
export const ComparisonFiguresSchema = z
  .object({
    baselineYear: z.string().nullable(),
    dataSource: z.string().nullable(),
    municipality: z.object({ label: z.string(), value: z.number() }).nullable(),
    rows: z.array(IndicatorAreaRowSchema),
  })
  .nullable();

export const ComparisonIndicatorSchema = z.object({
  /** The indicator's key: the same key in two plans is the same fixed indicator. */
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  goalText: z.string(),
  plans: z.array(z.object({ planId: z.string(), figures: ComparisonFiguresSchema })),
});

export const ComparisonReportSchema = z.object({
  kind: z.literal('comparison'),
  year: z.number().int(),
  discretionThreshold: z.number().int(),
  plans: z.array(ComparisonPlanSchema),
  indicators: z.array(ComparisonIndicatorSchema),
});

export type ComparisonPlan = z.infer<typeof ComparisonPlanSchema>;
export type ComparisonFigures = z.infer<typeof ComparisonFiguresSchema>;
export type ComparisonIndicator = z.infer<typeof ComparisonIndicatorSchema>;
export type ComparisonReport = z.infer<typeof ComparisonReportSchema>;

/** The other plans of the installation, and whether the user's plan shares its figures with each. */
export const ComparisonSharesSchema = z.object({
  plans: z.array(z.object({ id: z.string(), name: z.string(), shared: z.boolean() })),
});
export type ComparisonShares = z.infer<typeof ComparisonSharesSchema>;

export const ComparisonSharesBody = z.strictObject({
  planIds: z.array(IdSchema).max(500),
});
export type ComparisonSharesInput = z.infer<typeof ComparisonSharesBody>;
