// The plan API's schemas and the named types of its requests and answers, for the web app and the
// CLI (the web imports types only). The schemas live in modules/plan/contract/.
import type { z } from 'zod';
import type * as activitiesContract from '../modules/plan/contract/activities.ts';
import type * as asOfContract from '../modules/plan/contract/as-of.ts';
import type * as indicatorsContract from '../modules/plan/contract/indicators.ts';
import type * as overviewContract from '../modules/plan/contract/overview.ts';

export * from '../modules/plan/contract/activities.ts';
export * from '../modules/plan/contract/as-of.ts';
export * from '../modules/plan/contract/indicators.ts';
export * from '../modules/plan/contract/overview.ts';

// What the server answers.
export type PlanOverview = z.output<typeof overviewContract.PlanOverview>;
export type PlanParty = z.output<typeof overviewContract.PlanParty>;
export type AgeGroup = z.output<typeof overviewContract.AgeGroup>;
export type PlanArea = z.output<typeof overviewContract.AreaView>;
export type FocusAreaSummary = z.output<typeof overviewContract.FocusAreaSummary>;
export type FocusArea = z.output<typeof overviewContract.FocusAreaDetail>;
export type SubAgreement = z.output<typeof overviewContract.SubAgreementView>;
export type SubAgreementParty = z.output<typeof overviewContract.SubAgreementParty>;
export type StaffHoursLine = z.output<typeof overviewContract.StaffHoursLine>;
export type StaffHours = z.output<typeof overviewContract.StaffHoursView>;
export type SubAgreementsAsOf = z.output<typeof asOfContract.SubAgreementsAsOf>;
export type ActivityRef = z.output<typeof overviewContract.ActivityRef>;
export type IndicatorUnit = (typeof indicatorsContract.INDICATOR_UNITS)[number];
export type BaselineStatus = (typeof indicatorsContract.BASELINE_STATUSES)[number];
export type Baseline = z.output<typeof indicatorsContract.BaselineView>;
export type Inconsistency = z.output<typeof indicatorsContract.Inconsistency>;
export type IndicatorSummary = z.output<typeof indicatorsContract.IndicatorSummary>;
export type Goal = z.output<typeof indicatorsContract.GoalView>;
export type Goals = z.output<typeof indicatorsContract.GoalList>;
export type IndicatorValue = z.output<typeof indicatorsContract.IndicatorValueView>;
export type Indicator = z.output<typeof indicatorsContract.IndicatorDetail>;
export type ImportResult = z.output<typeof indicatorsContract.ImportResult>;
export type ImportRowError = z.output<typeof indicatorsContract.ImportRowError>;
export type ImportErrorResponse = z.output<typeof indicatorsContract.ImportErrorResponse>;
export type TargetGroup = z.output<typeof activitiesContract.TargetGroupView>;
export type CourseSession = z.output<typeof activitiesContract.CourseSessionView>;
export type ActivitySummary = z.output<typeof activitiesContract.ActivitySummary>;
export type Activities = z.output<typeof activitiesContract.ActivityList>;
export type Activity = z.output<typeof activitiesContract.ActivityView>;
export type PlanChange = z.output<typeof activitiesContract.ChangeView>;
export type ChangedField = PlanChange['changedFields'][number];
export type PlanChanges = z.output<typeof activitiesContract.ChangeList>;

// What a client sends (before the server's defaults and trimming).
export type IndicatorValuesRequest = z.input<typeof indicatorsContract.PutIndicatorValuesBody>;
export type IndicatorValueRequest = IndicatorValuesRequest['values'][number];
export type CreateActivityRequest = z.input<typeof activitiesContract.CreateActivityBody>;
export type PatchActivityRequest = z.input<typeof activitiesContract.PatchActivityBody>;
export type PatchSubAgreementRequest = z.input<typeof overviewContract.PatchSubAgreementBody>;
