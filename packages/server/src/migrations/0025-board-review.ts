import { type Kysely, sql } from 'kysely';

// Issue 20, item 3 (docs/decisions/0030-board-review-record.md): the board's review record. One row
// per review of a report: the day, the meeting, which report (kind and period) and the exact version
// the board saw (the report's JSON, discretion-safe as published, and its SHA-256), a link to the
// minutes. The record is for the auditor, so it is append-only: a wrong entry is withdrawn once,
// with a reason, and stays listed; nothing else in a row can change, and no row can be deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table board_review (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      reviewed_on date not null,
      meeting text not null check (length(meeting) between 1 and 200),
      report_kind text not null check (report_kind in ('quarterly', 'annual')),
      report_period text not null check (report_period ~ '^[0-9]{4}(-Q[1-4])?$'),
      report_fingerprint text not null check (report_fingerprint ~ '^[0-9a-f]{64}$'),
      report_snapshot jsonb not null,
      minutes_url text check (minutes_url is null or minutes_url ~ '^https?://'),
      note text,
      recorded_by uuid references app_user(id),
      recorded_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_by uuid references app_user(id),
      withdrawn_reason text,
      check ((withdrawn_at is null) = (withdrawn_reason is null))
    );
    create index board_review_plan_day_idx on board_review (plan_id, reviewed_on);

    create function board_review_is_append_only() returns trigger language plpgsql as $$
    begin
      if TG_OP = 'UPDATE' and OLD.withdrawn_at is null and NEW.withdrawn_at is not null
         and (to_jsonb(NEW) - array['withdrawn_at', 'withdrawn_by', 'withdrawn_reason'])
             = (to_jsonb(OLD) - array['withdrawn_at', 'withdrawn_by', 'withdrawn_reason']) then
        return NEW;
      end if;
      raise exception 'Bestyrelsens gennemgang kan kun trækkes tilbage, ikke ændres eller slettes'
        using errcode = 'insufficient_privilege';
    end $$;
    create trigger board_review_append_only before update or delete on board_review
      for each row execute function board_review_is_append_only();
    create trigger board_review_no_truncate before truncate on board_review
      for each statement execute function audit_event_is_append_only();
    create trigger board_review_audit after insert or update on board_review
      for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists board_review;
    drop function if exists board_review_is_append_only;
  `.execute(db);
}
