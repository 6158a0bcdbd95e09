import { type Kysely, sql } from 'kysely';

// Issue 21 (docs/decisions/0022-retention-periods-and-erasure-journal.md).
// - erasure_journal: which participant or household was erased, in which plan and when; ids and dates
//   only. A restore re-applies every erasure in it that the backup does not know, so an older backup
//   never brings an erased person back. Append-only. Its plan_id has no foreign key on purpose: the
//   journal must survive a restore to a moment before the plan existed.
// - The audit log gets one way out: purge_audit_events(before) deletes entries older than `before`,
//   which must be at least a year ago, and records the purge itself as a new entry. It runs with the
//   owner's rights (the runtime role has no DELETE on audit_event) and opens the append-only trigger
//   only for rows older than `before`, only inside the function.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table erasure_journal (
      id bigint generated always as identity primary key,
      plan_id uuid not null,
      subject_kind text not null check (subject_kind in ('participant', 'household')),
      subject_id uuid not null,
      erased_at timestamptz not null default clock_timestamp(),
      constraint erasure_journal_subject_key unique (subject_kind, subject_id)
    );
    create index erasure_journal_time_idx on erasure_journal (erased_at);

    create function erasure_journal_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'erasure_journal kan ikke ændres eller slettes' using errcode = 'insufficient_privilege';
    end $$;
    create trigger erasure_journal_no_update before update or delete on erasure_journal
      for each row execute function erasure_journal_is_append_only();
    create trigger erasure_journal_no_truncate before truncate on erasure_journal
      for each statement execute function erasure_journal_is_append_only();

    create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
    declare
      purge_before text := nullif(current_setting('helhed.audit_purge_before', true), '');
    begin
      if tg_op = 'DELETE' and tg_table_name = 'audit_event' and purge_before is not null
         and old.occurred_at < purge_before::timestamptz then
        return old;
      end if;
      raise exception 'audit_event kan ikke ændres eller slettes' using errcode = 'insufficient_privilege';
    end $$;

    create function purge_audit_events(before timestamptz) returns bigint
      language plpgsql security definer set search_path = public as $$
    declare
      removed bigint;
    begin
      if before > now() - interval '1 year' then
        raise exception 'Revisionsloggen slettes tidligst efter et år' using errcode = 'insufficient_privilege';
      end if;
      perform set_config('helhed.audit_purge_before', before::text, true);
      delete from audit_event where occurred_at < before;
      get diagnostics removed = row_count;
      perform set_config('helhed.audit_purge_before', '', true);
      insert into audit_event (actor_id, actor_label, action, entity_type, details)
      values (nullif(current_setting('helhed.actor_id', true), '')::uuid,
              coalesce(nullif(current_setting('helhed.actor', true), ''), 'system:unknown'),
              'delete', 'audit_event',
              format('purged %s entries before %s', removed, before));
      return removed;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function if exists purge_audit_events(timestamptz);
    create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event kan ikke ændres eller slettes' using errcode = 'insufficient_privilege';
    end $$;
    drop table if exists erasure_journal;
    drop function if exists erasure_journal_is_append_only();
  `.execute(db);
}
