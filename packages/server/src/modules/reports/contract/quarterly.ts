import { OUTCOMES, REFERRAL_SOURCES } from '@helhed/core';
import { z } from 'zod';
import { ReportFormatSchema, ReportPlanSchema, SafeCountSchema, SyntheticMarkSchema } from './shared.ts';

// The quarterly leverancemåling's JSON: one section per quarter (the chosen one and the same quarter a
// year earlier), each with a row per activity, a row per boligområde and the totals.

const bySource = z.object(
  Object.fromEntries(REFERRAL_SOURCES.map((key) => [key, SafeCountSchema])) as Record<
    (typeof REFERRAL_SOURCES)[number],
    typeof SafeCountSchema
  >,
);
const byOutcome = z.object(
  Object.fromEntries(OUTCOMES.map((key) => [key, SafeCountSchema])) as Record<
    (typeof OUTCOMES)[number],
    typeof SafeCountSchema
  >,
);

export const QuarterMetricsSchema = z.object({
  uniqueParticipants: SafeCountSchema,
  referralsReceived: z.object({ total: SafeCountSchema, bySource }),
  casesStarted: SafeCountSchema,
  casesActive: SafeCountSchema,
  casesEnded: SafeCountSchema,
  outcomes: byOutcome,
  /** Group sessions held in the quarter: not a count of persons. */
  sessionsHeld: z.number().int().nonnegative(),
  /** Different persons who attended a group session in the quarter. */
  groupParticipants: SafeCountSchema,
  /** Attendances (person × session, named and anonymous) in the quarter. */
  attendance: SafeCountSchema,
  volunteers: SafeCountSchema,
});

export const ActivityRowSchema = QuarterMetricsSchema.extend({
  activityId: z.string(),
  activityName: z.string(),
  focusAreaId: z.string(),
  focusAreaName: z.string(),
  planName: z.string(),
});

const AreaFieldsSchema = z.object({
  casesStarted: SafeCountSchema,
  casesActive: SafeCountSchema,
  casesEnded: SafeCountSchema,
  outcomes: byOutcome,
  cksMeetings: z.number().int().nonnegative(),
  cksAttendees: SafeCountSchema,
  safetyContacts: z.number().int().nonnegative(),
});

export const AreaRowSchema = AreaFieldsSchema.extend({
  /** null: forløb, meetings and contacts without a boligområde. */
  areaId: z.string().nullable(),
  areaName: z.string(),
  planName: z.string(),
});

export const QuarterSectionSchema = z.object({
  quarter: z.string(),
  /** HELHED_DISCRETION_THRESHOLD: counts below it are never shown nor provable (decision 0017). */
  discretionThreshold: z.number().int(),
  period: z.object({ start: z.string(), end: z.string() }),
  activities: z.array(ActivityRowSchema),
  areas: z.array(AreaRowSchema),
  totals: QuarterMetricsSchema.extend(
    AreaFieldsSchema.pick({
      cksMeetings: true,
      cksAttendees: true,
      safetyContacts: true,
    }).shape,
  ),
});

export const QuarterlyReportSchema = QuarterSectionSchema.extend({
  kind: z.literal('quarterly'),
  plan: ReportPlanSchema,
  referralSources: z.array(z.enum(REFERRAL_SOURCES)),
  outcomeKinds: z.array(z.enum(OUTCOMES)),
  /** The same quarter one year earlier, suppressed on its own. */
  comparison: QuarterSectionSchema,
  synthetic: SyntheticMarkSchema,
});

export type QuarterMetrics = z.infer<typeof QuarterMetricsSchema>;
export type ActivityRow = z.infer<typeof ActivityRowSchema>;
export type AreaRow = z.infer<typeof AreaRowSchema>;
export type QuarterSection = z.infer<typeof QuarterSectionSchema>;
export type QuarterlyReport = z.infer<typeof QuarterlyReportSchema>;

export const QuarterlyQuery = z.strictObject({
  quarter: z.string().max(20),
  format: ReportFormatSchema.default('json'),
});
export type QuarterlyReportQuery = z.infer<typeof QuarterlyQuery>;
