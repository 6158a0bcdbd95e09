import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column: read as parsed JSON, written as a JSON string. */
type Json = ColumnType<unknown, string | undefined, string>;

export interface PlanTable {
  id: Generated<string>;
  slug: string;
  name: string;
  municipality: string;
  period_start: string;
  period_end: string;
  parties_note: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  /** Counted up by a trigger on every change of the plan's content (migration 0020). */
  content_version: Generated<string>;
}

export interface PlanPartyTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  name: string;
  short_name: string | null;
  signed_date: string | null;
  signed_date_as_written: string | null;
  source: string | null;
}

export interface PlanAreaTable {
  id: Generated<string>;
  plan_id: string;
  slug: string;
  position: number;
  name: string;
  spellings: Json;
  residents: number | null;
  residents_date: string | null;
  residents_as_written: string | null;
  non_western_share: number | null;
  non_western_share_as_written: string | null;
  status: string | null;
  source: string | null;
  uncertainties: Json;
}

export interface PlanDepartmentTable {
  id: Generated<string>;
  plan_id: string;
  area_id: string;
  position: number;
  name: string;
}

export interface PlanAgeGroupTable {
  id: Generated<string>;
  plan_id: string;
  area_id: string;
  position: number;
  key: string;
  label: string;
  value: number | null;
  unit: string;
  as_written: string | null;
  data_source: string | null;
  note: string | null;
}

export interface PlanFocusAreaTable {
  id: Generated<string>;
  plan_id: string;
  slug: string;
  position: number;
  name: string;
  team: string | null;
  goal_text: string | null;
  lbf_overall_goal: string | null;
}

export interface PlanSubAgreementTable {
  id: Generated<string>;
  plan_id: string;
  focus_area_id: string;
  name: string;
  period_start: string | null;
  period_end: string | null;
  parties: Json;
  weekly_staff_hours: number | null;
  weekly_staff_hours_as_written: string | null;
  staff_hours_years: number | null;
  staff_hours_includes: string | null;
  staff_hours_note: string | null;
  staff_hours: Json;
  revision_text: string | null;
  source: string | null;
  updated_at: Timestamp;
}

export interface PlanGoalTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  level: string;
  focus_area_id: string | null;
  text: string;
  source: string | null;
  note: string | null;
}

export interface PlanIndicatorTable {
  id: Generated<string>;
  plan_id: string;
  goal_id: string;
  key: string;
  position: number;
  name: string;
  unit: string;
  baseline_year: string | null;
  baseline_year_note: string | null;
  data_source: string | null;
  measurement: string | null;
  note: string | null;
  footnotes: Json;
  areas_not_listed: Json;
}

export interface PlanBaselineTable {
  id: Generated<string>;
  plan_id: string;
  indicator_id: string;
  position: number;
  scope: string;
  area_id: string | null;
  label: string;
  value: number | null;
  status: string;
  qualifier: string | null;
  as_written: string | null;
  note: string | null;
}

export interface PlanInconsistencyTable {
  id: Generated<string>;
  plan_id: string;
  key: string;
  what: string;
  quotes: Json;
  indicator_keys: Json;
}

export interface PlanIndicatorValueTable {
  id: Generated<string>;
  plan_id: string;
  indicator_id: string;
  area_id: string;
  year: number;
  value: number | null;
  source: string | null;
  changed_by: string | null;
  changed_at: Timestamp;
}

export interface PlanActivityTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  focus_area_id: string;
  slug: string | null;
  position: number;
  name: string;
  purposes_intro: string | null;
  target_group: string | null;
  target_total: ColumnType<unknown, string | null | undefined, string | null>;
  age_ranges: Json;
  format: string | null;
  format_reason: string | null;
  referral_evidence: Json;
  recruitment: string | null;
  session_structure: string | null;
  after_course: string | null;
  evaluation: string | null;
  responsible: string | null;
  notes: Json;
  source: string | null;
  weekly_staff_hours: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanActivityPurposeTable {
  id: Generated<string>;
  plan_id: string;
  activity_id: string;
  position: number;
  text: string;
}

export interface PlanActivityTargetGroupTable {
  id: Generated<string>;
  plan_id: string;
  activity_id: string;
  position: number;
  description: string;
  area_id: string | null;
  count: number | null;
  as_written: string | null;
  source: string | null;
}

export interface PlanActivityReferralSourceTable {
  id: Generated<string>;
  plan_id: string;
  activity_id: string;
  position: number;
  name: string;
}

export interface PlanActivityPartnerTable {
  id: Generated<string>;
  plan_id: string;
  activity_id: string;
  position: number;
  name: string;
}

export interface PlanActivitySessionTable {
  id: Generated<string>;
  plan_id: string;
  activity_id: string;
  number: number;
  title: string;
  description: string | null;
  topics: Json;
}

export interface PlanChangeTable {
  id: Generated<string>;
  plan_id: string;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_label: string;
  table_name: string;
  row_id: string;
  operation: string;
  before_values: Record<string, unknown> | null;
  after_values: Record<string, unknown> | null;
  parent_id: string | null;
}

export interface PlanModuleTables {
  plan: PlanTable;
  plan_party: PlanPartyTable;
  plan_area: PlanAreaTable;
  plan_department: PlanDepartmentTable;
  plan_age_group: PlanAgeGroupTable;
  plan_focus_area: PlanFocusAreaTable;
  plan_sub_agreement: PlanSubAgreementTable;
  plan_goal: PlanGoalTable;
  plan_indicator: PlanIndicatorTable;
  plan_baseline: PlanBaselineTable;
  plan_inconsistency: PlanInconsistencyTable;
  plan_indicator_value: PlanIndicatorValueTable;
  plan_activity: PlanActivityTable;
  plan_activity_purpose: PlanActivityPurposeTable;
  plan_activity_target_group: PlanActivityTargetGroupTable;
  plan_activity_referral_source: PlanActivityReferralSourceTable;
  plan_activity_partner: PlanActivityPartnerTable;
  plan_activity_session: PlanActivitySessionTable;
  plan_change: PlanChangeTable;
}
