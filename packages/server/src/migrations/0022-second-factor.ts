import { type Kysely, sql } from 'kysely';

// Issue 19, item 4 (docs/decisions/0027-second-factor.md): a second factor (TOTP) for local accounts.
// - user_totp: one factor per user. The secret is stored in clear (TOTP needs it to compute codes);
//   what protects it is said in the decision. last_used_step is the last time step accepted, so no
//   code (and no earlier step) is accepted twice. Until confirmed_at is set the factor is a set-up
//   in progress and counts for nothing.
// - user_recovery_code: ten single-use codes per confirmed factor, each a salted SHA-256 hash with
//   a random salt of its own; used_at marks a code spent.
// - user_session.state: after the password, a session of a user with a confirmed factor is
//   'pending-second-factor' until a valid code is given; failed_codes counts wrong codes of it.
// The runtime role gets its rights from grantRuntimeRole after every migration, as for every table.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table user_totp (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      user_id uuid not null references app_user(id) on delete cascade,
      secret text not null check (secret ~ '^[A-Z2-7]{32}$'),
      confirmed_at timestamptz,
      last_used_step bigint,
      created_at timestamptz not null default now(),
      constraint user_totp_user_key unique (user_id)
    );

    create table user_recovery_code (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      user_id uuid not null references app_user(id) on delete cascade,
      salt bytea not null check (length(salt) = 16),
      code_hash bytea not null check (length(code_hash) = 32),
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index user_recovery_code_user_idx on user_recovery_code (user_id);

    -- Column names only reach the audit log, never values: the secret does not leave this table.
    create trigger user_totp_audit after insert or update or delete on user_totp
      for each row execute function audit_row_change('last_used_step');

    alter table user_session
      add column state text not null default 'active'
        check (state in ('active', 'pending-second-factor')),
      add column failed_codes integer not null default 0 check (failed_codes >= 0);

    alter table audit_event drop constraint audit_event_action_check;
    alter table audit_event add constraint audit_event_action_check check (action in
      ('read', 'create', 'update', 'delete', 'sign-in', 'sign-in-failed', 'sign-out', 'export',
       'deactivate', 'reactivate', 'role-change', 'team-change', 'password-reset', 'session-end',
       'handover', 'merge', 'merge-undo',
       'second-factor-verified', 'second-factor-failed', 'second-factor-enabled',
       'second-factor-removed', 'second-factor-reset', 'recovery-codes-renewed'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists user_recovery_code, user_totp;
    alter table user_session drop column if exists state, drop column if exists failed_codes;
  `.execute(db);
}
