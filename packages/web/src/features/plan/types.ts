// Mirrors packages/server/src/modules/plan/contract.ts, the single source of truth for the plan API.
// Mirrored rather than imported so that the web bundle and its type check never pull in server code.

export type PlanParty = {
  name: string;
  shortName: string | null;
  signedDate: string | null;
  signedDateAsWritten: string | null;
};

export type AgeGroup = {
  key: string;
  label: string;
  value: number | null;
  unit: 'count' | 'pct';
  asWritten: string | null;
  dataSource: string | null;
};

export type PlanArea = {
  slug: string;
  name: string;
  residents: number | null;
  residentsDate: string | null;
  residentsAsWritten: string | null;
  nonWesternShare: number | null;
  nonWesternShareAsWritten: string | null;
  status: string | null;
  /** Where the plan document is unclear about this area. */
  uncertainties: Array<{ field: string; note: string }>;
  departments: string[];
  ageGroups: AgeGroup[];
};

export type FocusAreaSummary = { slug: string; name: string; weeklyStaffHours: number | null };

export type PlanOverview = {
  id: string;
  slug: string;
  name: string;
  municipality: string;
  periodStart: string;
  periodEnd: string;
  parties: PlanParty[];
  partiesNote: string | null;
  areas: PlanArea[];
  focusAreas: FocusAreaSummary[];
  totalResidents: number | null;
  /** Says that the total is computed by Helhed: the plan document gives none. */
  totalResidentsNote: string;
};

export type IndicatorUnit = 'pct' | 'grade' | 'count';

export type BaselineStatus = 'given' | 'ikke oplyst' | 'blank' | 'dash' | 'not measured';

export type Baseline = {
  scope: 'area' | 'plan' | 'other';
  areaSlug: string | null;
  label: string;
  value: number | null;
  status: BaselineStatus;
  qualifier: string | null;
  asWritten: string | null;
  note: string | null;
};

export type Inconsistency = { key: string; what: string; quotes: Array<{ where: string; text: string }> };

export type IndicatorSummary = {
  id: string;
  name: string;
  unit: IndicatorUnit;
  baselineYear: string | null;
  /** The baseline year as a number when the text has one ('September 2023' → 2023). */
  baselineYearValue: number | null;
  baselineYearNote: string | null;
  dataSource: string | null;
  measurement: string | null;
  note: string | null;
  footnotes: string[];
  areasNotListed: string[];
  baselines: Baseline[];
  inconsistencies: Inconsistency[];
};

export type Goal = {
  id: string;
  level: 'overordnet' | 'delmaal';
  focusAreaSlug: string | null;
  text: string;
  source: string | null;
  note: string | null;
  indicators: IndicatorSummary[];
};

export type IndicatorValue = {
  areaSlug: string;
  year: number;
  value: number | null;
  source: string | null;
  changedBy: string | null;
  changedAt: string;
};

export type Indicator = IndicatorSummary & {
  goal: { id: string; level: 'overordnet' | 'delmaal'; text: string };
  focusAreaSlug: string | null;
  values: IndicatorValue[];
};

export type IndicatorValueInput = {
  areaSlug: string;
  year: number;
  value: number | null;
  source?: string | null;
};

export type ImportResult = { imported: number; indicators: number; years: number[] };

export type ImportRowError = { row: number; field?: string; message: string };

export type SubAgreementParty = {
  /** contract.ts says string, but the seed has a party without a title (see /tmp/plan-web-needs.md). */
  title: string | null;
  organisation: string;
  includes: string[];
  asWritten: string | null;
};

export type StaffHoursLine = { label: string; weeklyHours: number };

export type SubAgreement = {
  id: string;
  focusAreaSlug: string;
  name: string;
  periodStart: string | null;
  periodEnd: string | null;
  parties: SubAgreementParty[];
  weeklyStaffHours: number | null;
  weeklyStaffHoursAsWritten: string | null;
  staffHoursYears: number | null;
  staffHoursIncludes: string | null;
  staffHoursNote: string | null;
  staffHours: StaffHoursLine[];
  staffHoursLinesTotal: number | null;
  revisionText: string | null;
  updatedAt: string;
};

export type SubAgreementInput = {
  name?: string;
  weeklyStaffHours?: number | null;
  weeklyStaffHoursAsWritten?: string | null;
  staffHoursNote?: string | null;
  parties?: Array<{ title: string | null; organisation: string; includes?: string[] }>;
  staffHours?: StaffHoursLine[];
  revisionText?: string | null;
};

export type ActivityRef = { id: string; slug: string | null; name: string };

export type FocusArea = {
  slug: string;
  name: string;
  team: string | null;
  goalText: string | null;
  lbfOverallGoal: string | null;
  subAgreement: SubAgreement;
  goals: Goal[];
  activities: ActivityRef[];
};

export type StaffHours = {
  focusAreas: Array<{
    slug: string;
    name: string;
    subAgreementId: string;
    subAgreementName: string;
    weeklyStaffHours: number | null;
    weeklyStaffHoursAsWritten: string | null;
    staffHoursYears: number | null;
    staffHoursIncludes: string | null;
    staffHoursNote: string | null;
    lines: StaffHoursLine[];
  }>;
  totalWeeklyStaffHours: number;
};

export type TargetGroup = {
  description: string;
  areaSlug: string | null;
  count: number | null;
  asWritten: string | null;
  source: string | null;
};

export type CourseSession = { number: number; title: string; description: string | null; topics: string[] };

export type ActivitySummary = {
  id: string;
  slug: string | null;
  name: string;
  focusAreaSlug: string;
  focusAreaName: string;
  format: string | null;
  weeklyStaffHours: number | null;
};

export type Activity = ActivitySummary & {
  purposesIntro: string | null;
  purposes: string[];
  targetGroup: string | null;
  targetGroups: TargetGroup[];
  targetTotal: { count: number | null; asWritten: string | null; note: string | null } | null;
  ageRanges: string[];
  formatReason: string | null;
  referralSources: string[];
  referralEvidence: string[];
  recruitment: string | null;
  partners: string[];
  sessionStructure: string | null;
  sessions: CourseSession[];
  afterCourse: string | null;
  evaluation: string | null;
  responsible: string | null;
  notes: string[];
  source: string | null;
  createdAt: string;
  updatedAt: string;
};

/** The fields the activity form edits (POST sends them all; PATCH sends them all too). */
export type ActivityInput = {
  name: string;
  focusAreaSlug: string;
  purposes: string[];
  targetGroup: string | null;
  referralSources: string[];
  partners: string[];
  format: string | null;
  weeklyStaffHours: number | null;
};

export type ChangedField = { field: string; before: unknown; after: unknown };

export type PlanChange = {
  id: string;
  occurredAt: string;
  actorEmail: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  operation: 'create' | 'update' | 'delete';
  changedFields: ChangedField[];
};

export type PlanChanges = { changes: PlanChange[]; total: number };
