import { type Kysely, sql } from 'kysely';

// Issue 17: a tryghed contact or a CKS meeting can be corrected or removed after saving, with a
// reason. What it said before (and after) is kept here, in the plan's history of such corrections,
// not in the audit log (which holds no values). The row keeps the record's team, so the history is
// shown to exactly those who may see the record, and its date, so the retention job removes the
// history when it removes the record's free text.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table situation_revision (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      subject text not null check (subject in ('safety_contact', 'cks_meeting')),
      record_id uuid not null,
      team_id uuid not null,
      foreign key (plan_id, team_id) references team(plan_id, id),
      dated_on date not null,
      change text not null check (change in ('edit', 'remove')),
      reason text not null check (length(reason) between 1 and 500),
      before jsonb not null,
      after jsonb,
      check ((change = 'edit') = (after is not null)),
      changed_by uuid references app_user(id),
      changed_at timestamptz not null default now()
    );
    create index situation_revision_plan_idx on situation_revision (plan_id, subject, changed_at desc);
    create index situation_revision_record_idx on situation_revision (record_id);
    create trigger situation_revision_audit after insert or update or delete
      on situation_revision for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists situation_revision`.execute(db);
}
