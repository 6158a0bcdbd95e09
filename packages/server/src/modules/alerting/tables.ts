import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AlertSettingTable {
  plan_id: string;
  escalation_seconds: Generated<number>;
  ack_valid_hours: Generated<number>;
  hmac_secret: Buffer;
  test_alert_last_at: Timestamp;
  rota_report_last_at: Timestamp;
}

export interface AlertOrganisationTable {
  id: Generated<string>;
  plan_id: string;
  name: string;
  sort_order: Generated<number>;
}

export interface AlertContactTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  organisation_id: string;
  contact_group: string;
  role_title: string;
  full_name: string;
  email: string;
  phone: string | null;
  deputy_id: string | null;
  is_active: Generated<boolean>;
  last_confirmed_at: NullableTimestamp;
  /** When the contact joined the list they are on (set by a trigger; see 0009-alerting-ack). */
  listed_since: Timestamp;
  created_at: Timestamp;
}

export interface OncallShiftTable {
  id: Generated<string>;
  plan_id: string;
  contact_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  created_at: Timestamp;
}

export interface IncidentTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string;
  level: string;
  category: string;
  description: string;
  location: string;
  area_slug: string | null;
  occurred_at: Timestamp;
  raised_by_id: string | null;
  raised_by_label: string;
  status: Generated<string>;
  activated_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  created_at: Timestamp;
  /** 'test' for the weekly prøvealarm, which is never listed with the real incidents. */
  kind: Generated<string>;
}

export interface AlertTable {
  id: Generated<string>;
  plan_id: string;
  incident_id: string;
  contact_id: string;
  stage: string;
  reason: string;
  escalated_from_id: string | null;
  token_expires_at: Timestamp;
  acknowledged_at: NullableTimestamp;
  escalated_at: NullableTimestamp;
  /** The code a recipient replies by SMS (or types on the code page) to acknowledge. */
  sms_code: string | null;
  created_at: Timestamp;
}

export interface OutboundMessageTable {
  id: Generated<string>;
  plan_id: string;
  incident_id: string | null;
  alert_id: string | null;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  status: Generated<string>;
  attempts: Generated<number>;
  last_error: string | null;
  sent_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface AlertJobTable {
  id: Generated<string>;
  plan_id: string;
  kind: string;
  message_id: string | null;
  alert_id: string | null;
  due_at: Timestamp;
  locked_until: NullableTimestamp;
  attempts: Generated<number>;
  done_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface IncidentLogTable {
  id: Generated<string>;
  plan_id: string;
  incident_id: string;
  kind: string;
  text: string;
  actor_label: string;
  created_at: Timestamp;
}

export interface CrisisMeetingTable {
  id: Generated<string>;
  plan_id: string;
  incident_id: string;
  starts_at: Timestamp;
  meeting_url: string;
  convened_by_label: string;
  created_at: Timestamp;
}

export interface MeetingAttendanceTable {
  plan_id: string;
  meeting_id: string;
  contact_id: string;
  is_present: boolean;
  recorded_at: Timestamp;
}

export interface CrisisMessageTable {
  id: Generated<string>;
  plan_id: string;
  incident_id: string;
  audience: string;
  subject: string;
  body: string;
  drafted_by_label: string;
  drafted_by_id: string | null;
  approved_by_contact_id: string | null;
  approved_by_user_id: string | null;
  approved_at: NullableTimestamp;
  sent_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface SmsInboundReceiptTable {
  signature: Buffer;
  received_at: Timestamp;
}

export interface DeliveryAttemptTable {
  id: Generated<string>;
  plan_id: string;
  message_id: string;
  channel: string;
  is_ok: boolean;
  error: string | null;
  attempted_at: Timestamp;
}

export interface AlertWorkerBeatTable {
  worker_id: string;
  beat_at: Timestamp;
}

export interface AlertingModuleTables {
  alert_setting: AlertSettingTable;
  alert_organisation: AlertOrganisationTable;
  alert_contact: AlertContactTable;
  oncall_shift: OncallShiftTable;
  incident: IncidentTable;
  alert: AlertTable;
  outbound_message: OutboundMessageTable;
  alert_job: AlertJobTable;
  incident_log: IncidentLogTable;
  crisis_meeting: CrisisMeetingTable;
  meeting_attendance: MeetingAttendanceTable;
  crisis_message: CrisisMessageTable;
  sms_inbound_receipt: SmsInboundReceiptTable;
  delivery_attempt: DeliveryAttemptTable;
  alert_worker_beat: AlertWorkerBeatTable;
}
