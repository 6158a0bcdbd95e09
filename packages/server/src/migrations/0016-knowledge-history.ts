import { type Kysely, sql } from 'kysely';

// Issue 17: a videnbase entry of the plan's own can be edited and withdrawn after saving, with a
// reason. Its history keeps who changed what and why, and the text before and after, except where
// the edit removed personal data: then no earlier text of the entry is kept (the point of the edit).
// A withdrawn entry stays readable on its activity, marked, and leaves the search.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table knowledge_entry
      add column updated_at timestamptz,
      add column withdrawn_at timestamptz,
      add column withdrawn_reason text check (length(withdrawn_reason) between 1 and 500),
      add constraint knowledge_entry_withdrawn_check check ((withdrawn_at is null) = (withdrawn_reason is null));

    create table knowledge_entry_revision (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      entry_id uuid not null references knowledge_entry(id) on delete cascade,
      change text not null check (change in ('edit', 'withdraw')),
      reason text not null check (length(reason) between 1 and 500),
      removed_personal_data boolean not null default false,
      before jsonb,
      after jsonb,
      changed_by uuid references app_user(id),
      changed_at timestamptz not null default now()
    );
    create index knowledge_entry_revision_entry_idx on knowledge_entry_revision (entry_id);
    create trigger knowledge_entry_revision_audit after insert or update or delete
      on knowledge_entry_revision for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists knowledge_entry_revision;
    alter table knowledge_entry drop constraint if exists knowledge_entry_withdrawn_check,
      drop column if exists withdrawn_reason, drop column if exists withdrawn_at, drop column if exists updated_at;
  `.execute(db);
}
