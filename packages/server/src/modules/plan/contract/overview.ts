// The plan API's request and response schemas: the single source of truth for the plan web pages
// (re-exported for the web and the CLI by src/contracts/plan.ts). All routes are under /api/v1/plan;
// the plan is always the signed-in user's own. The schemas are split over overview.ts (overview,
// indsatsområder, delaftaler, staff hours), indicators.ts (goals, indicators, values, import) and
// activities.ts (activities, history).
//
// Endpoints (all under /api/v1/plan):
//   GET   ''                               -> PlanOverview                      (every role)
//   GET   /goals                           -> GoalList (section 5's overordnede mål)
//   GET   /focus-areas/:slug               -> FocusAreaDetail
//   GET   /staff-hours                     -> StaffHoursView
//   GET   /indicators/:indicatorId         -> IndicatorDetail (indicatorId = IndicatorSummary.id)
//   PUT   /indicators/:indicatorId/values  PutIndicatorValuesBody -> IndicatorDetail  (leader, admin)
//   POST  /indicator-imports               raw CSV/XLSX body -> ImportResult | 400 ImportErrorResponse (leader, admin)
//   GET   /activities                      -> ActivityList
//   GET   /activities/:activityId          -> ActivityView
//   POST  /activities                      CreateActivityBody -> 201 ActivityView (200 on a clientKey replay)
//   PATCH /activities/:activityId          PatchActivityBody -> ActivityView      (leader, admin)
//   PATCH /sub-agreements/:subAgreementId  PatchSubAgreementBody -> SubAgreementView (leader, admin)
//   GET   /changes?limit&offset            -> ChangeList (leader, admin, reader)
// Errors: { error: { code, message, details?: [{ field, message }] } }; 400 VALIDATION with
// Danish per-field details (e.g. field 'values.0.value'), 404 NOT_FOUND for ids outside the plan.
import { da } from '@helhed/core';
import { z } from 'zod';
import { GoalView } from './indicators.ts';
import { optionalText, shortList, text, timestamp } from './shared.ts';

/** The plan as the shell knows it (GET /plan keeps these fields). */
export const PlanView = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  municipality: z.string(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
});

// ---- overview -------------------------------------------------------------------------------

export const PlanParty = z.object({
  name: z.string(),
  shortName: z.string().nullable(),
  /** ISO date, or null when the document gives none. */
  signedDate: z.iso.date().nullable(),
  signedDateAsWritten: z.string().nullable(),
});

export const AgeGroup = z.object({
  key: z.string(),
  label: z.string(),
  /** A count (unit 'count') or a share in percent (unit 'pct'); null when not given. */
  value: z.number().nullable(),
  unit: z.enum(['count', 'pct']),
  asWritten: z.string().nullable(),
  dataSource: z.string().nullable(),
});

export const AreaView = z.object({
  slug: z.string(),
  name: z.string(),
  residents: z.number().int().nullable(),
  residentsDate: z.iso.date().nullable(),
  residentsAsWritten: z.string().nullable(),
  /** Share of non-western immigrants and descendants, in percent (77.4 = 77,4 %). */
  nonWesternShare: z.number().nullable(),
  nonWesternShareAsWritten: z.string().nullable(),
  status: z.string().nullable(),
  /** Where the plan document is unclear about this area, e.g. residentsDate assumed. */
  uncertainties: z.array(z.object({ field: z.string(), note: z.string() })),
  departments: z.array(z.string()),
  ageGroups: z.array(AgeGroup),
});

export const FocusAreaSummary = z.object({
  slug: z.string(),
  name: z.string(),
  weeklyStaffHours: z.number().nullable(),
});

export const PlanOverview = PlanView.extend({
  parties: z.array(PlanParty),
  partiesNote: z.string().nullable(),
  areas: z.array(AreaView),
  focusAreas: z.array(FocusAreaSummary),
  /** Sum of the areas' residents (null if any area has none). */
  totalResidents: z.number().int().nullable(),
  /** Says that the total is computed here: the plan document itself gives no total. */
  totalResidentsNote: z.string(),
});
// ---- focus areas, sub-agreements, staff hours ----------------------------------------------

export const SubAgreementParty = z.object({
  /** Null where the plan names only the organisation (e.g. "Fyns Politi" in Kriminalitetsforebyggelse). */
  title: z.string().nullable(),
  organisation: z.string(),
  includes: z.array(z.string()),
  asWritten: z.string().nullable(),
});

export const StaffHoursLine = z.object({ label: z.string(), weeklyHours: z.number() });

export const SubAgreementView = z.object({
  id: z.uuid(),
  focusAreaSlug: z.string(),
  name: z.string(),
  periodStart: z.iso.date().nullable(),
  periodEnd: z.iso.date().nullable(),
  parties: z.array(SubAgreementParty),
  /** Total weekly staff hours for the indsatsområde, as the plan states it. */
  weeklyStaffHours: z.number().nullable(),
  weeklyStaffHoursAsWritten: z.string().nullable(),
  staffHoursYears: z.number().int().nullable(),
  staffHoursIncludes: z.string().nullable(),
  staffHoursNote: z.string().nullable(),
  /** Hours per role or party. The 2024–2028 plan gives totals only, so this starts empty. */
  staffHours: z.array(StaffHoursLine),
  staffHoursLinesTotal: z.number().nullable(),
  revisionText: z.string().nullable(),
  updatedAt: timestamp,
});

export const ActivityRef = z.object({ id: z.uuid(), slug: z.string().nullable(), name: z.string() });

export const FocusAreaDetail = z.object({
  slug: z.string(),
  name: z.string(),
  team: z.string().nullable(),
  goalText: z.string().nullable(),
  lbfOverallGoal: z.string().nullable(),
  subAgreement: SubAgreementView,
  /** The delmål of this indsatsområde with their indicators. */
  goals: z.array(GoalView),
  activities: z.array(ActivityRef),
});

export const FocusAreaParams = z.object({ slug: z.string().min(1).max(200) });
export const SubAgreementParams = z.object({ subAgreementId: z.uuid({ error: da.validation.invalidUuid }) });

export const PatchSubAgreementBody = z
  .strictObject({
    name: text(300).optional(),
    weeklyStaffHours: z
      .number({ error: da.planApi.hoursInvalid })
      .min(0, { error: da.planApi.hoursInvalid })
      .max(10000, { error: da.planApi.hoursInvalid })
      .nullable()
      .optional(),
    weeklyStaffHoursAsWritten: optionalText(1000).optional(),
    staffHoursNote: optionalText().optional(),
    parties: z
      .array(
        z.strictObject({
          title: text(300).nullable(),
          organisation: text(300),
          includes: shortList(text(300)).optional(),
        }),
      )
      .max(50, { error: da.planApi.tooMany })
      .optional(),
    staffHours: z
      .array(
        z.strictObject({
          label: text(300),
          weeklyHours: z
            .number({ error: da.planApi.hoursInvalid })
            .min(0, { error: da.planApi.hoursInvalid })
            .max(10000, { error: da.planApi.hoursInvalid }),
        }),
      )
      .max(50, { error: da.planApi.tooMany })
      .optional(),
    revisionText: optionalText(10000).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: da.planApi.nothingToChange });
export type PatchSubAgreementInput = z.infer<typeof PatchSubAgreementBody>;

export const StaffHoursView = z.object({
  focusAreas: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      subAgreementId: z.uuid(),
      subAgreementName: z.string(),
      weeklyStaffHours: z.number().nullable(),
      weeklyStaffHoursAsWritten: z.string().nullable(),
      staffHoursYears: z.number().int().nullable(),
      staffHoursIncludes: z.string().nullable(),
      staffHoursNote: z.string().nullable(),
      lines: z.array(StaffHoursLine),
    }),
  ),
  totalWeeklyStaffHours: z.number(),
});
