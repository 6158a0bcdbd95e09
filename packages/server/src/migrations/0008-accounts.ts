import { type Kysely, sql } from 'kysely';

// Accounts with a lifecycle (decisions/0013-accounts-and-sign-in.md): sessions remember where
// they were opened (for "Mine sessioner"), every session opened or ended is audited by the
// generic trigger, and the audit log gets the account steps as actions of their own.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table user_session
      add column ip_address text check (length(ip_address) <= 100),
      add column user_agent text check (length(user_agent) <= 300);

    create trigger user_session_audit after insert or update or delete on user_session
      for each row execute function audit_row_change('last_seen_at');

    alter table audit_event drop constraint audit_event_action_check;
    alter table audit_event add constraint audit_event_action_check check (action in
      ('read', 'create', 'update', 'delete', 'sign-in', 'sign-in-failed', 'sign-out', 'export',
       'deactivate', 'reactivate', 'role-change', 'team-change', 'password-reset', 'session-end',
       'handover'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger if exists user_session_audit on user_session;
    alter table user_session drop column if exists ip_address, drop column if exists user_agent;
  `.execute(db);
}
