import { type Kysely, sql } from 'kysely';

// Issue 20, item 6 (docs/decisions/0034-plans-side-by-side.md): the fixed indicators of several plans
// side by side. A plan's figures are its own; another plan sees them only when the plan has shared
// them with it. One row says "this plan (plan_id) lets the users of that plan (shared_with_plan_id)
// see its fixed indicators, discretion applied"; deleting the row takes it back. No personal data.
// Every insert and delete is in the audit log. The table is not named plan_*: it is no part of the
// plan's content (no content version, no plan history), only the plan's choice of who sees it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table comparison_share (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      shared_with_plan_id uuid not null references plan(id),
      shared_by uuid references app_user(id),
      shared_at timestamptz not null default now(),
      constraint comparison_share_key unique (plan_id, shared_with_plan_id),
      constraint comparison_share_other_check check (plan_id <> shared_with_plan_id)
    );
    create index comparison_share_viewer_idx on comparison_share (shared_with_plan_id);
    create trigger comparison_share_audit after insert or update or delete on comparison_share
      for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists comparison_share`.execute(db);
}
