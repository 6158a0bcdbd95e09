import { type Kysely, sql } from 'kysely';

// Issue 17: a logged contact or meeting of a forløb can be corrected or removed after saving, with a
// reason. What it said before (and after) is kept in the forløb's own history, not in the audit log
// (which holds no values and outlives the residents' period): the history goes with the forløb's
// personal data when the participant is erased, and with the forløb when it is deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table support_case_contact_revision (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      case_id uuid not null,
      foreign key (plan_id, case_id) references support_case(plan_id, id) on delete cascade,
      contact_id uuid not null,
      change text not null check (change in ('edit', 'remove')),
      reason text not null check (length(reason) between 1 and 500),
      before jsonb not null,
      after jsonb,
      check ((change = 'edit') = (after is not null)),
      changed_by uuid references app_user(id),
      changed_at timestamptz not null default now()
    );
    create index support_case_contact_revision_case_idx on support_case_contact_revision (case_id);
    create trigger support_case_contact_revision_audit after insert or update or delete
      on support_case_contact_revision for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists support_case_contact_revision`.execute(db);
}
