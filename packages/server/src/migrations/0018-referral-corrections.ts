import { type Kysely, sql } from 'kysely';

// Issue 17: a referral's source and text can be corrected after saving, with a reason. The values
// before and after are kept with the referral (the audit log holds no values): they go when the
// participant is erased, and with the referral.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table referral_revision (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      referral_id uuid not null,
      foreign key (plan_id, referral_id) references referral(plan_id, id) on delete cascade,
      reason text not null check (length(reason) between 1 and 500),
      before jsonb not null,
      after jsonb not null,
      changed_by uuid references app_user(id),
      changed_at timestamptz not null default now()
    );
    create index referral_revision_referral_idx on referral_revision (referral_id);
    create trigger referral_revision_audit after insert or update or delete
      on referral_revision for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists referral_revision`.execute(db);
}
