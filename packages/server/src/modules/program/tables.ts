import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column: read as parsed JSON, written as a JSON string. */
type Json = ColumnType<unknown, string | undefined, string>;

export interface ProgramTable {
  id: Generated<string>;
  slug: string;
  name: string;
  municipality: string;
  owner: string;
  decided_on: string | null;
  description: string | null;
  source: string | null;
}

export interface ProgramGoalTable {
  id: Generated<string>;
  program_id: string;
  position: number;
  text: string;
  source: string | null;
}

export interface ProgramDefinitionTable {
  id: Generated<string>;
  program_id: string;
  key: string;
  label: string;
  measure: string;
  population: string;
  unit: string;
}

export interface ProgramSeriesTable {
  id: Generated<string>;
  program_id: string;
  goal_id: string;
  key: string;
  position: number;
  name: string;
  area_label: string;
}

export interface ProgramPointTable {
  id: Generated<string>;
  program_id: string;
  series_id: string;
  definition_id: string;
  year: number;
  value: number;
  value_as_written: string | null;
  source_document: string;
  source_quote: string | null;
  note: string | null;
}

export interface ProgramSeriesLinkTable {
  id: Generated<string>;
  program_id: string;
  series_id: string;
  definition_id: string;
  plan_id: string;
  indicator_id: string;
  area_slug: string | null;
  source_document: string;
}

export interface ProgramPlanTable {
  id: Generated<string>;
  program_id: string;
  position: number;
  name: string;
  start_year: number;
  end_year: number;
  plan_id: string | null;
  status: string;
  budget_total: ColumnType<string | null, number | null | undefined, number | null>;
  budget_lbf: ColumnType<string | null, number | null | undefined, number | null>;
  budget_local_min: ColumnType<string | null, number | null | undefined, number | null>;
  local_share_min_pct: number | null;
  financing_note: string | null;
  lbf_focus_areas: Json;
  source: string;
  note: string | null;
}

export interface PlanActivityContinuationTable {
  id: Generated<string>;
  plan_id: string;
  activity_id: string;
  previous_plan_id: string;
  previous_activity_id: string;
  note: string | null;
  created_at: Timestamp;
}

export interface KnowledgeEntryTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  activity_id: string;
  kind: string;
  assessor: string | null;
  year: number;
  title: string;
  body: string;
  file_name: string | null;
  file_type: string | null;
  file_data: Buffer | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Date | null;
  withdrawn_at: Date | null;
  withdrawn_reason: string | null;
}

/** What an entry said, as its history keeps it. */
export interface EntryText {
  title: string;
  body: string;
  year: number;
}

export interface KnowledgeEntryRevisionTable {
  id: Generated<string>;
  plan_id: string;
  entry_id: string;
  change: string;
  reason: string;
  removed_personal_data: Generated<boolean>;
  /** jsonb: read as parsed EntryText, written as a JSON string; null where not kept. */
  before: ColumnType<EntryText | null, string | null, string | null>;
  after: ColumnType<EntryText | null, string | null, string | null>;
  changed_by: string | null;
  changed_at: Generated<Date>;
}

export interface ProgramModuleTables {
  program: ProgramTable;
  program_goal: ProgramGoalTable;
  program_definition: ProgramDefinitionTable;
  program_series: ProgramSeriesTable;
  program_point: ProgramPointTable;
  program_series_link: ProgramSeriesLinkTable;
  program_plan: ProgramPlanTable;
  plan_activity_continuation: PlanActivityContinuationTable;
  knowledge_entry: KnowledgeEntryTable;
  knowledge_entry_revision: KnowledgeEntryRevisionTable;
}
