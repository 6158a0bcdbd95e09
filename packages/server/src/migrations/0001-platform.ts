import { type Kysely, sql } from 'kysely';

// Plans, users, sessions and the append-only audit log. Every tenant-owned table carries plan_id,
// so that the data can later be distributed by plan (Citus).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table plan (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name text not null check (length(name) between 1 and 200),
      municipality text not null,
      period_start date not null,
      period_end date not null check (period_end > period_start),
      created_at timestamptz not null default now()
    );

    create table app_user (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      email text not null check (email = lower(email) and length(email) between 3 and 254),
      display_name text not null check (length(display_name) between 1 and 200),
      role text not null check (role in ('admin', 'leader', 'worker', 'reader', 'alerting')),
      password_hash text not null,
      must_change_password boolean not null default false,
      is_active boolean not null default true,
      failed_sign_in_count integer not null default 0,
      locked_until timestamptz,
      last_sign_in_at timestamptz,
      created_at timestamptz not null default now(),
      constraint app_user_email_key unique (email),
      constraint app_user_client_key unique (plan_id, client_key)
    );

    create table user_session (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      user_id uuid not null references app_user(id) on delete cascade,
      token_hash bytea not null unique,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index user_session_user_idx on user_session (user_id);

    -- Append-only: who did what to which record, when and from where. Column values are never
    -- copied in here (only the names of changed columns), so personal data cannot escape retention.
    create table audit_event (
      id bigint generated always as identity primary key,
      plan_id uuid references plan(id),
      occurred_at timestamptz not null default clock_timestamp(),
      actor_id uuid,
      actor_label text not null,
      action text not null check (action in
        ('read', 'create', 'update', 'delete', 'sign-in', 'sign-in-failed', 'sign-out', 'export')),
      entity_type text not null,
      entity_id text,
      ip_address text,
      request_id text,
      purpose text,
      details text
    );
    create index audit_event_plan_time_idx on audit_event (plan_id, occurred_at desc);
    create index audit_event_entity_idx on audit_event (entity_type, entity_id);

    create function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event kan ikke ændres eller slettes' using errcode = 'insufficient_privilege';
    end $$;
    create trigger audit_event_no_update before update or delete on audit_event
      for each row execute function audit_event_is_append_only();
    create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_event_is_append_only();

    -- One generic trigger for every table that holds personal data. The actor comes from the
    -- transaction-local setting helhed.actor (set by withTransaction); a change without a known
    -- actor is refused, so CLI, import and retention paths must identify themselves.
    -- TG_ARGV[0] lists technical columns whose change alone is not worth an audit row.
    create function audit_row_change() returns trigger language plpgsql as $$
    declare
      actor text := nullif(current_setting('helhed.actor', true), '');
      ignored text[] := coalesce(string_to_array(nullif(TG_ARGV[0], ''), ','), '{}');
      new_row jsonb;
      old_row jsonb;
      changed text[];
      row_data jsonb;
    begin
      if TG_OP = 'UPDATE' then
        new_row := to_jsonb(NEW);
        old_row := to_jsonb(OLD);
        select array_agg(n.key order by n.key) into changed
          from jsonb_each(new_row) n
          where n.value is distinct from old_row -> n.key and not (n.key = any(ignored));
        if changed is null then
          return NEW;
        end if;
      end if;
      if actor is null then
        raise exception 'Ændring af % uden kendt aktør', TG_TABLE_NAME using errcode = 'insufficient_privilege';
      end if;
      row_data := case when TG_OP = 'DELETE' then to_jsonb(OLD) else to_jsonb(NEW) end;
      insert into audit_event (plan_id, actor_id, actor_label, action, entity_type, entity_id,
                               ip_address, request_id, details)
      values ((row_data ->> 'plan_id')::uuid,
              nullif(current_setting('helhed.actor_id', true), '')::uuid,
              actor,
              case TG_OP when 'INSERT' then 'create' when 'UPDATE' then 'update' else 'delete' end,
              TG_TABLE_NAME,
              row_data ->> 'id',
              nullif(current_setting('helhed.ip', true), ''),
              nullif(current_setting('helhed.request_id', true), ''),
              array_to_string(changed, ','));
      return case when TG_OP = 'DELETE' then OLD else NEW end;
    end $$;

    create trigger app_user_audit after insert or update or delete on app_user
      for each row execute function audit_row_change('failed_sign_in_count,locked_until,last_sign_in_at');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists user_session, app_user cascade;
    drop table if exists audit_event cascade;
    drop function if exists audit_row_change, audit_event_is_append_only cascade;
    drop table if exists plan cascade;
  `.execute(db);
}
