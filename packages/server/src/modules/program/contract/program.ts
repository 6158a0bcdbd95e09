import { z } from 'zod';

// Program Vollsmose: the program above the plans, its goals with series over time, and the
// register of the area's plans. No personal data anywhere in these views.
export const ProgramParams = z.strictObject({ slug: z.string().max(64) });
export const GoalParams = z.strictObject({
  slug: z.string().max(64),
  position: z.coerce.number().int().min(1).max(100),
});

const Unit = z.enum(['pct', 'per10000', 'count', 'kr']);
export const Definition = z.object({
  key: z.string(),
  label: z.string(),
  measure: z.string(),
  population: z.string(),
  unit: Unit,
});

export const SeriesPointView = z.object({
  year: z.number(),
  value: z.number(),
  shownValue: z.number(),
  converted: z.boolean(),
  segment: z.number(),
  definitionKey: z.string(),
  source: z.string(),
  quote: z.string().nullable(),
});

export const SeriesView = z.object({
  key: z.string(),
  name: z.string(),
  areaLabel: z.string(),
  points: z.array(SeriesPointView),
  definitions: z.array(Definition),
  segmentUnits: z.array(Unit),
  breaks: z.array(
    z.object({ fromYear: z.number(), toYear: z.number(), before: Definition, after: Definition }),
  ),
});

export const ActivityRef = z.object({
  id: z.string(),
  name: z.string(),
  planName: z.string(),
  focusAreaName: z.string(),
});

/** An activity at the other end of a continuation link, with the link's id (to remove it). */
export const ContinuationRef = ActivityRef.extend({ linkId: z.string() });

export const GoalSummary = z.object({
  position: z.number(),
  text: z.string(),
  seriesCount: z.number(),
  breakCount: z.number(),
});

export const ProgramView = z.object({
  slug: z.string(),
  name: z.string(),
  municipality: z.string(),
  owner: z.string(),
  decidedOn: z.string().nullable(),
  description: z.string().nullable(),
  source: z.string().nullable(),
  goalsSource: z.string().nullable(),
  goals: z.array(GoalSummary),
});

export const ProgramList = z.object({
  programs: z.array(z.object({ slug: z.string(), name: z.string(), owner: z.string() })),
});

export const GoalView = z.object({
  program: z.object({ slug: z.string(), name: z.string() }),
  position: z.number(),
  text: z.string(),
  source: z.string().nullable(),
  series: z.array(SeriesView),
  activities: z.array(ActivityRef),
});

export const RegisterActivity = z.object({
  id: z.string(),
  name: z.string(),
  focusAreaName: z.string(),
  continues: z.array(ContinuationRef),
  continuedBy: z.array(ContinuationRef),
});

export const RegisterEntry = z.object({
  name: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  status: z.enum(['afsluttet', 'aktiv']),
  planSlug: z.string().nullable(),
  budgetTotal: z.number().nullable(),
  budgetLbf: z.number().nullable(),
  budgetLocalMin: z.number().nullable(),
  localShareMinPct: z.number().nullable(),
  financingNote: z.string().nullable(),
  lbfFocusAreas: z.array(z.string()),
  source: z.string(),
  note: z.string().nullable(),
  activities: z.array(RegisterActivity),
});

export const RegisterView = z.object({
  program: z.object({ slug: z.string(), name: z.string() }),
  plans: z.array(RegisterEntry),
});

export const ContinuationBody = z.strictObject({
  activityId: z.uuid(),
  previousActivityId: z.uuid(),
  note: z.string().trim().max(1000).nullable().default(null),
});

export const ContinuationParams = z.strictObject({ slug: z.string().max(64), id: z.uuid() });

const SafeCount = z.union([z.number(), z.string()]);
export const ProgramReportView = z.object({
  program: z.object({
    slug: z.string(),
    name: z.string(),
    owner: z.string(),
    decidedOn: z.string().nullable(),
  }),
  currentPlan: z.object({ name: z.string() }).nullable(),
  quarter: z.string(),
  generatedAt: z.string(),
  goals: z.array(
    GoalView.extend({
      deliveries: z.array(
        z.object({
          activityId: z.string(),
          activityName: z.string(),
          focusAreaName: z.string(),
          uniqueParticipants: SafeCount,
          casesStarted: SafeCount,
          sessionsHeld: z.number(),
        }),
      ),
    }),
  ),
});

export type ProgramViewT = z.infer<typeof ProgramView>;
export type GoalViewT = z.infer<typeof GoalView>;
export type SeriesViewT = z.infer<typeof SeriesView>;
export type RegisterViewT = z.infer<typeof RegisterView>;
export type ActivityRefT = z.infer<typeof ActivityRef>;
export type ContinuationRefT = z.infer<typeof ContinuationRef>;
