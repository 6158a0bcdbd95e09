import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Numeric = ColumnType<string, string | number, string | number>;

export interface RehousingPhaseTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  name: string;
  area_id: string | null;
  department_id: string | null;
  buildings: string | null;
  kind: string;
  vacate_on: string | null;
  homes: Generated<number>;
  created_at: Timestamp;
}

export interface RehousingHouseholdTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  phase_id: string;
  team_id: string;
  responsible_user_id: string | null;
  contact_name: string | null;
  contact_info: string | null;
  adults: number;
  children_0_5: Generated<number>;
  children_6_17: Generated<number>;
  current_address: string | null;
  rehousing_type: string;
  wish_areas: string | null;
  wish_rooms: number | null;
  wish_floor: string | null;
  wish_pets: Generated<boolean>;
  wish_accessible: Generated<boolean>;
  special_needs: string | null;
  special_needs_consent_on: string | null;
  participant_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  erased_at: Date | null;
}

export interface HouseholdEventTable {
  id: Generated<string>;
  plan_id: string;
  seq: Generated<string>;
  client_key: string | null;
  household_id: string;
  type: string;
  occurred_on: string;
  offer_id: string | null;
  organisation: string | null;
  department_name: string | null;
  address: string | null;
  rooms: number | null;
  rent_kr: Numeric | null;
  answer_deadline: string | null;
  move_kind: string | null;
  return_expected_on: string | null;
  voids_event_id: string | null;
  reason: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface RehousingLetterTemplateTable {
  plan_id: string;
  subject: string;
  body: string;
  updated_at: Timestamp;
}

export interface RehousingLetterTable {
  id: Generated<string>;
  plan_id: string;
  household_id: string;
  offer_event_id: string;
  method: string;
  sent_to: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface RehousingReminderTable {
  offer_event_id: string;
  /** deadline: the answer deadline is near; expired: it passed without an answer. */
  kind: Generated<string>;
  plan_id: string;
  user_id: string;
  sent_at: Timestamp;
}

export interface RehousingFollowupTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  household_id: string;
  kind: string;
  occurred_on: string;
  connection: string | null;
  note: string | null;
  referral_id: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface RehousingModuleTables {
  rehousing_phase: RehousingPhaseTable;
  rehousing_household: RehousingHouseholdTable;
  household_event: HouseholdEventTable;
  rehousing_letter_template: RehousingLetterTemplateTable;
  rehousing_letter: RehousingLetterTable;
  rehousing_reminder: RehousingReminderTable;
  rehousing_followup: RehousingFollowupTable;
}
