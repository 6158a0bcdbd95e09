import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A milestone of a delaftale (migration 0024); `status` is what was recorded, not the shown one. */
export interface MilestoneTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  sub_agreement_id: string;
  activity_id: string | null;
  due_on: string;
  text: string;
  responsible_user_id: string;
  status: Generated<'not_started' | 'late' | 'done'>;
  done_on: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  removed_at: Date | null;
}

/** That the responsible person was e-mailed once about a milestone's date. */
export interface MilestoneReminderTable {
  id: Generated<string>;
  plan_id: string;
  milestone_id: string;
  due_on: string;
  user_id: string;
  sent_at: Timestamp;
}

export interface MilestonesModuleTables {
  milestone: MilestoneTable;
  milestone_reminder: MilestoneReminderTable;
}
