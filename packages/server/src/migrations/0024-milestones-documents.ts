import { type Kysely, sql } from 'kysely';

// Issue 23, items 3–5 (docs/decisions/0032-milestones-and-plan-documents.md): the milepælsplan and
// the plan's documents for Landsbyggefonden. Plan data, no resident's data; every change audited.
// - milestone: one milestone of a delaftale (plan_sub_agreement) and optionally one of its
//   activities, with a date, a text, the staff member responsible and a stored status. 'late' is a
//   leader's explicit mark; a milestone whose date has passed without being done is shown late
//   without it (computed, never stored). Removed milestones keep their row (removed_at).
// - milestone_reminder: that the responsible person was e-mailed once about a milestone's date; a
//   new date gets a new reminder.
// - document, document_version: a plan document (the board's kommissorium, the indberetningsskema
//   or another one with a title) and each uploaded PDF as a version of it, the bytes in the row
//   (bytea), so backup, restore and both databases carry them as they carry every other row. The
//   database refuses a version that does not start with %PDF- or is over 10 MB, as the API does.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table milestone (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      sub_agreement_id uuid not null references plan_sub_agreement(id),
      activity_id uuid,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      due_on date not null,
      text text not null check (length(text) between 1 and 500),
      responsible_user_id uuid not null references app_user(id),
      status text not null default 'not_started' check (status in ('not_started', 'late', 'done')),
      done_on date,
      check ((status = 'done') = (done_on is not null)),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      removed_at timestamptz,
      constraint milestone_client_key unique (plan_id, client_key)
    );
    create index milestone_plan_due_idx on milestone (plan_id, due_on) where removed_at is null;
    create trigger milestone_audit after insert or update or delete on milestone
      for each row execute function audit_row_change('');

    create table milestone_reminder (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      milestone_id uuid not null references milestone(id),
      due_on date not null,
      user_id uuid not null references app_user(id),
      sent_at timestamptz not null default now(),
      constraint milestone_reminder_once unique (milestone_id, due_on)
    );
    create trigger milestone_reminder_audit after insert or update or delete on milestone_reminder
      for each row execute function audit_row_change('');

    create table document (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint document_tenant_key unique (plan_id, id),
      kind text not null check (kind in ('kommissorium', 'indberetningsskema', 'other')),
      title text check (title is null or length(title) between 1 and 200),
      check ((kind = 'other') = (title is not null)),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create unique index document_one_per_kind on document (plan_id, kind) where kind <> 'other';
    create trigger document_audit after insert or update or delete on document
      for each row execute function audit_row_change('');

    create table document_version (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      document_id uuid not null,
      foreign key (plan_id, document_id) references document(plan_id, id),
      version integer not null check (version >= 1),
      file_name text not null check (length(file_name) between 1 and 200),
      size_bytes integer not null check (size_bytes between 1 and 10485760),
      sha256 bytea not null check (length(sha256) = 32),
      content bytea not null check (
        octet_length(content) = size_bytes and substring(content from 1 for 5) = '%PDF-'::bytea),
      uploaded_by uuid references app_user(id),
      uploaded_at timestamptz not null default now(),
      constraint document_version_number unique (document_id, version)
    );
    create trigger document_version_audit after insert or update or delete on document_version
      for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists document_version, document, milestone_reminder, milestone`.execute(db);
}
