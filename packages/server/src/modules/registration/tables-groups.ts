import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface GroupCourseTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  team_id: string;
  activity_id: string;
  kind: string;
  title: string;
  starts_on: string;
  ends_on: string | null;
  evaluation: string | null;
  /** The leader's checked text in the videnbase (migration 0011); null until published. */
  published_evaluation: string | null;
  published_at: Timestamp | null;
  published_by: string | null;
  created_at: Timestamp;
}

export interface GroupSessionTable {
  id: Generated<string>;
  plan_id: string;
  course_id: string;
  number: number;
  activity_session_id: string | null;
  title: string | null;
  held_on: string | null;
  anonymous_count: number | null;
}

export interface GroupEnrolmentTable {
  id: Generated<string>;
  plan_id: string;
  course_id: string;
  participant_id: string;
  enrolled_on: string;
  completed: Generated<boolean>;
  diploma_on: string | null;
}

export interface GroupAttendanceTable {
  id: Generated<string>;
  plan_id: string;
  session_id: string;
  enrolment_id: string;
}

export interface VolunteerTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  participant_id: string;
  activity_id: string | null;
  started_on: string;
  ended_on: string | null;
}

export interface SafetyContactTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  team_id: string;
  occurred_on: string;
  reported_by: string;
  area_id: string | null;
  place: string | null;
  situation: string;
  routed_to: ColumnType<string[], string[] | undefined, string[]>;
  follow_up: string | null;
  followed_up_on: string | null;
  created_at: Timestamp;
}

export interface CksMeetingTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  team_id: string;
  held_on: string;
  area_id: string | null;
  attendance: ColumnType<Array<{ organisation: string; count: number }>, string | undefined, string>;
  agreements: string | null;
  created_at: Timestamp;
}

/** What a tryghed contact or a CKS meeting said, as kept in its history of corrections. */
export type SituationValues = Record<string, unknown>;

export interface SituationRevisionTable {
  id: Generated<string>;
  plan_id: string;
  subject: 'safety_contact' | 'cks_meeting';
  record_id: string;
  team_id: string;
  /** The record's date when it was changed: the retention job removes the history with its text. */
  dated_on: string;
  change: 'edit' | 'remove';
  reason: string;
  /** jsonb: read parsed, written as a JSON string. */
  before: ColumnType<SituationValues, string, string>;
  after: ColumnType<SituationValues | null, string | null, string | null>;
  changed_by: string | null;
  changed_at: Generated<Date>;
}

export interface RegistrationGroupTables {
  group_course: GroupCourseTable;
  group_session: GroupSessionTable;
  group_enrolment: GroupEnrolmentTable;
  group_attendance: GroupAttendanceTable;
  volunteer: VolunteerTable;
  safety_contact: SafetyContactTable;
  cks_meeting: CksMeetingTable;
  situation_revision: SituationRevisionTable;
}
