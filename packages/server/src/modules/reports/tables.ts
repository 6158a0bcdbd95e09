import type { ColumnType, Generated } from 'kysely';

/** The board's review of a report (migration 0025): append-only, withdrawn at most once. */
export interface BoardReviewTable {
  id: Generated<string>;
  plan_id: string;
  reviewed_on: string;
  meeting: string;
  report_kind: 'quarterly' | 'annual';
  report_period: string;
  report_fingerprint: string;
  report_snapshot: ColumnType<unknown, string, never>;
  minutes_url: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date | string | undefined, never>;
  withdrawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
}

/** Approvals, reopenings and send-backs of a quarter (migration 0026): append-only. */
export interface QuarterEventTable {
  seq: Generated<string>;
  id: Generated<string>;
  plan_id: string;
  year: number;
  quarter: number;
  kind: 'approved' | 'reopened' | 'sent-back';
  activity_id: string | null;
  reason: string | null;
  to_user_id: string | null;
  figures: ColumnType<unknown, string | null, never>;
  acted_by: string | null;
  acted_at: ColumnType<Date, Date | string | undefined, never>;
}

/** A plan lets another plan's users see its fixed indicators (migration 0027). */
export interface PlanComparisonShareTable {
  id: Generated<string>;
  plan_id: string;
  shared_with_plan_id: string;
  shared_by: string | null;
  shared_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ReportsModuleTables {
  board_review: BoardReviewTable;
  quarter_event: QuarterEventTable;
  comparison_share: PlanComparisonShareTable;
}
