// The plan API's requests and answers, as the server's contract defines them
// (packages/server/src/contracts/plan.ts). Types only: no server code reaches the bundle.
import type { CreateActivityRequest } from '@helhed/server/contracts/plan';

export type {
  Activity,
  ActivityRef,
  ActivitySummary,
  AgeGroup,
  Baseline,
  BaselineStatus,
  ChangedField,
  CourseSession,
  FocusArea,
  FocusAreaSummary,
  Goal,
  ImportResult,
  ImportRowError,
  Inconsistency,
  Indicator,
  IndicatorSummary,
  IndicatorUnit,
  IndicatorValue,
  IndicatorValueRequest as IndicatorValueInput,
  PatchSubAgreementRequest as SubAgreementInput,
  PlanArea,
  PlanChange,
  PlanChanges,
  PlanOverview,
  PlanParty,
  StaffHours,
  StaffHoursLine,
  SubAgreement,
  SubAgreementParty,
  SubAgreementsAsOf,
  TargetGroup,
} from '@helhed/server/contracts/plan';

/** The fields the activity form edits (POST sends them all; PATCH sends them all too). */
export type ActivityInput = Required<
  Pick<
    CreateActivityRequest,
    | 'name'
    | 'focusAreaSlug'
    | 'purposes'
    | 'targetGroup'
    | 'referralSources'
    | 'partners'
    | 'format'
    | 'weeklyStaffHours'
    | 'targetGroups'
    | 'sessions'
  >
>;
