import { z } from 'zod';
import { ReportFormatSchema, ReportPlanSchema, SafeCountSchema, SyntheticMarkSchema } from './shared.ts';

/** A figure of an indicator: a number (a percentage, a grade, a count) or a suppressed count. */
const FigureSchema = z.union([z.number(), SafeCountSchema]).nullable();

export const IndicatorAreaRowSchema = z.object({
  /** null: the whole plan (all boligområder together). */
  areaId: z.string().nullable(),
  areaName: z.string(),
  baseline: FigureSchema,
  value: FigureSchema,
  previousValue: FigureSchema,
  valueSource: z.enum(['entered', 'registrations', 'missing']),
  /** Against the baseline where there is one, else against the year before. */
  change: z.enum(['up', 'down', 'same', 'unknown']),
  goal: z.enum(['met', 'missed', 'unknown']),
});

export const IndicatorReportSchema = z.object({
  indicatorId: z.string(),
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  measurement: z.string().nullable(),
  baselineYear: z.string().nullable(),
  dataSource: z.string().nullable(),
  goalText: z.string(),
  /** Computed from the registrations (the rule is in da.reports.localRule). */
  locallyRegistered: z.boolean(),
  municipality: z.object({ label: z.string(), value: z.number() }).nullable(),
  rows: z.array(IndicatorAreaRowSchema),
});

export const AnnualReportSchema = z.object({
  kind: z.literal('annual'),
  plan: ReportPlanSchema,
  year: z.number().int(),
  discretionThreshold: z.number().int(),
  focusAreas: z.array(
    z.object({
      focusAreaId: z.string().nullable(),
      focusAreaName: z.string(),
      indicators: z.array(IndicatorReportSchema),
    }),
  ),
  synthetic: SyntheticMarkSchema,
});

export type Figure = z.infer<typeof FigureSchema>;
export type IndicatorAreaRow = z.infer<typeof IndicatorAreaRowSchema>;
export type IndicatorReport = z.infer<typeof IndicatorReportSchema>;
export type AnnualReport = z.infer<typeof AnnualReportSchema>;

export const AnnualQuery = z.strictObject({
  year: z.string().max(10),
  format: ReportFormatSchema.default('json'),
});
export type AnnualReportQuery = z.infer<typeof AnnualQuery>;

/** The annual status pack for the board and LBF: a download only. */
export const AnnualPackQuery = z.strictObject({
  year: z.string().max(10),
  format: z.enum(['xlsx', 'pdf']),
});
