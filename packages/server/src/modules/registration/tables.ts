import type { ColumnType, Generated } from 'kysely';
import type { RegistrationGroupTables } from './tables-groups.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface TeamTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  name: string;
  created_at: Timestamp;
}

export interface ParticipantTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  team_id: string;
  display_name: string | null;
  birth_year: number | null;
  gender: string | null;
  area_id: string | null;
  department_id: string | null;
  contact: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  erased_at: NullableTimestamp;
  /** Set while the record is merged into another (migration 0017): it then leaves every list. */
  merged_into_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ParticipantConsentTable {
  id: Generated<string>;
  plan_id: string;
  participant_id: string;
  given_on: string;
  recorded_by: string | null;
  for_registration: boolean;
  for_statistics: boolean;
  for_partner_contact: boolean;
  partner_names: string | null;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  created_at: Timestamp;
  /** The merge that wrote this narrowing (not a consent the person gave); its undo deletes it. */
  merge_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Two records of one person made one; `moved` says what moved, so the undo moves it back. */
export interface ParticipantMergeTable {
  id: Generated<string>;
  plan_id: string;
  kept_participant_id: string;
  merged_participant_id: string;
  /** jsonb: read as parsed MergeMoves, written as a JSON string. */
  moved: ColumnType<MergeMoves, string, string>;
  reason: string | null;
  merged_by: string | null;
  merged_at: Generated<Date>;
  undone_at: NullableTimestamp;
  undone_by: string | null;
}

/** An enrolment of the merged-away record on a course the kept one was also enrolled on. */
export interface JoinedEnrolment {
  keptEnrolmentId: string;
  keptBefore: { enrolled_on: string; completed: boolean; diploma_on: string | null };
  removed: {
    id: string;
    course_id: string;
    enrolled_on: string;
    completed: boolean;
    diploma_on: string | null;
  };
  movedAttendance: string[];
  /** Sessions both attended: the merged-away record's row goes with its enrolment and comes back. */
  removedAttendance: { id: string; session_id: string }[];
}

/** Ids only: no personal value is copied into a merge. */
export interface MergeMoves {
  cases: string[];
  referrals: string[];
  enrolments: string[];
  joinedEnrolments: JoinedEnrolment[];
  volunteering: string[];
  shares: string[];
  households: string[];
  consentId: string;
}

export interface ParticipantShareTable {
  id: Generated<string>;
  plan_id: string;
  participant_id: string;
  user_id: string;
  created_at: Timestamp;
}

export interface ReferralTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  participant_id: string;
  source: string;
  source_other: string | null;
  referred_on: string;
  reason: string | null;
  activity_id: string;
  decision: Generated<string>;
  decided_on: string | null;
  created_at: Timestamp;
}

export interface SupportCaseTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  participant_id: string | null;
  team_id: string;
  responsible_user_id: string | null;
  activity_id: string;
  referral_id: string | null;
  area_id: string | null;
  started_on: string;
  status: Generated<string>;
  ended_on: string | null;
  outcome: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SupportCaseGoalTable {
  id: Generated<string>;
  plan_id: string;
  case_id: string;
  text: string;
  agreed_on: string;
  agreed_at: string | null;
  achieved: Generated<boolean>;
  achieved_on: string | null;
  created_at: Timestamp;
}

export interface SupportCaseContactTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  case_id: string;
  occurred_on: string;
  kind: string;
  note: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

/** A correction or removal of a logged contact: what it said before and after, and why. */
export interface SupportCaseContactRevisionTable {
  id: Generated<string>;
  plan_id: string;
  case_id: string;
  contact_id: string;
  change: string;
  reason: string;
  /** jsonb: read as parsed ContactValues, written as a JSON string. */
  before: ColumnType<ContactValues, string, string>;
  after: ColumnType<ContactValues | null, string | null, string | null>;
  changed_by: string | null;
  changed_at: Generated<Date>;
}

export interface ContactValues {
  occurredOn: string;
  kind: string;
  note: string | null;
}

/** A correction of a referral's source and text: the values before and after, and why. */
export interface ReferralRevisionTable {
  id: Generated<string>;
  plan_id: string;
  referral_id: string;
  reason: string;
  /** jsonb: read as parsed ReferralValues, written as a JSON string. */
  before: ColumnType<ReferralValues, string, string>;
  after: ColumnType<ReferralValues, string, string>;
  changed_by: string | null;
  changed_at: Generated<Date>;
}

export interface ReferralValues {
  source: string;
  sourceOther: string | null;
  text: string | null;
}

export interface RegistrationModuleTables extends RegistrationGroupTables {
  team: TeamTable;
  participant: ParticipantTable;
  participant_consent: ParticipantConsentTable;
  participant_merge: ParticipantMergeTable;
  participant_share: ParticipantShareTable;
  referral: ReferralTable;
  support_case: SupportCaseTable;
  support_case_goal: SupportCaseGoalTable;
  support_case_contact: SupportCaseContactTable;
  support_case_contact_revision: SupportCaseContactRevisionTable;
  referral_revision: ReferralRevisionTable;
}
