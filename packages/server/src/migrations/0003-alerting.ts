import { type Kysely, sql } from 'kysely';

// Beredskab: the alert list (organisations, contact persons, on-call rota), incidents, the alerts
// sent for them, a durable job table for delivery and escalation timers, the outgoing messages
// (sent or held in the outbox), the incident log, the crisis meeting and crisis messages.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table alert_setting (
      plan_id uuid primary key references plan(id),
      escalation_seconds integer not null default 300 check (escalation_seconds between 1 and 86400),
      ack_valid_hours integer not null default 24 check (ack_valid_hours between 1 and 720),
      hmac_secret bytea not null check (length(hmac_secret) >= 32)
    );

    create table alert_organisation (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      name text not null check (length(name) between 1 and 200),
      sort_order integer not null default 0,
      constraint alert_organisation_name_key unique (plan_id, name)
    );

    create table alert_contact (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      organisation_id uuid not null references alert_organisation(id),
      contact_group text not null check (contact_group in
        ('ssp_chief', 'ssp_fu', 'ssp_board', 'boligsocial_board', 'cks')),
      role_title text not null check (length(role_title) between 1 and 200),
      full_name text not null check (length(full_name) between 1 and 200),
      email text not null check (email = lower(email) and length(email) between 3 and 254),
      phone text check (phone is null or phone ~ '^\\+?[0-9 ]{8,20}$'),
      deputy_id uuid references alert_contact(id),
      is_active boolean not null default true,
      last_confirmed_at timestamptz,
      created_at timestamptz not null default now(),
      constraint alert_contact_client_key unique (plan_id, client_key),
      constraint alert_contact_not_own_deputy check (deputy_id is null or deputy_id <> id)
    );
    create index alert_contact_plan_group_idx on alert_contact (plan_id, contact_group);
    create trigger alert_contact_audit after insert or update or delete on alert_contact
      for each row execute function audit_row_change('');

    create table oncall_shift (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      contact_id uuid not null references alert_contact(id),
      starts_at timestamptz not null,
      ends_at timestamptz not null check (ends_at > starts_at),
      created_at timestamptz not null default now()
    );
    create index oncall_shift_plan_time_idx on oncall_shift (plan_id, starts_at);
    create trigger oncall_shift_audit after insert or update or delete on oncall_shift
      for each row execute function audit_row_change('');

    create table incident (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid not null,
      level text not null check (level in ('red', 'yellow')),
      category text not null check (length(category) between 1 and 200),
      description text not null check (length(description) between 1 and 4000),
      location text not null check (length(location) between 1 and 200),
      area_slug text check (area_slug is null or area_slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      occurred_at timestamptz not null,
      raised_by_id uuid references app_user(id),
      raised_by_label text not null,
      status text not null default 'raised' check (status in ('raised', 'activated', 'closed')),
      activated_at timestamptz,
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      constraint incident_client_key unique (plan_id, client_key)
    );
    create index incident_plan_time_idx on incident (plan_id, created_at desc);
    -- Free text about what happened can name people: every change is audited like other personal data.
    create trigger incident_audit after insert or update or delete on incident
      for each row execute function audit_row_change('');

    create table alert (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      incident_id uuid not null references incident(id),
      contact_id uuid not null references alert_contact(id),
      stage text not null check (stage in ('ssp_chief', 'ssp_fu', 'ssp_board', 'boligsocial_board')),
      reason text not null check (reason in ('initial', 'deputy', 'next_level')),
      escalated_from_id uuid references alert(id),
      token_expires_at timestamptz not null,
      acknowledged_at timestamptz,
      escalated_at timestamptz,
      created_at timestamptz not null default clock_timestamp()
    );
    create index alert_incident_idx on alert (incident_id, created_at);

    create table outbound_message (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      incident_id uuid references incident(id),
      alert_id uuid references alert(id),
      channel text not null check (channel in ('email', 'sms')),
      recipient text not null,
      subject text not null,
      body text not null,
      status text not null default 'queued' check (status in ('queued', 'sent', 'not_sent', 'failed')),
      attempts integer not null default 0,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz not null default clock_timestamp()
    );
    create index outbound_message_plan_time_idx on outbound_message (plan_id, created_at desc);
    create trigger outbound_message_audit after insert or delete on outbound_message
      for each row execute function audit_row_change('');

    -- Timers and deliveries live here, not in memory: a restart loses nothing, and workers in
    -- several processes claim rows with FOR UPDATE SKIP LOCKED plus a lease, so none is sent twice.
    create table alert_job (
      id bigint generated always as identity primary key,
      plan_id uuid not null references plan(id),
      kind text not null check (kind in ('deliver', 'escalate')),
      message_id uuid references outbound_message(id),
      alert_id uuid references alert(id),
      due_at timestamptz not null,
      locked_until timestamptz,
      attempts integer not null default 0,
      done_at timestamptz,
      created_at timestamptz not null default clock_timestamp(),
      check ((kind = 'deliver') = (message_id is not null)),
      check ((kind = 'escalate') = (alert_id is not null))
    );
    create index alert_job_due_idx on alert_job (due_at, id) where done_at is null;

    create table incident_log (
      id bigint generated always as identity primary key,
      plan_id uuid not null references plan(id),
      incident_id uuid not null references incident(id),
      kind text not null check (kind in ('system', 'update', 'decision')),
      text text not null check (length(text) between 1 and 4000),
      actor_label text not null,
      created_at timestamptz not null default clock_timestamp()
    );
    create index incident_log_incident_idx on incident_log (incident_id, id);
    create trigger incident_log_audit after insert or update or delete on incident_log
      for each row execute function audit_row_change('');

    create table crisis_meeting (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      incident_id uuid not null references incident(id),
      starts_at timestamptz not null,
      meeting_url text not null check (meeting_url ~ '^https?://'),
      convened_by_label text not null,
      created_at timestamptz not null default now()
    );

    create table meeting_attendance (
      plan_id uuid not null references plan(id),
      meeting_id uuid not null references crisis_meeting(id),
      contact_id uuid not null references alert_contact(id),
      is_present boolean not null,
      recorded_at timestamptz not null default now(),
      primary key (meeting_id, contact_id)
    );

    create table crisis_message (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      incident_id uuid not null references incident(id),
      audience text not null check (length(audience) between 1 and 200),
      subject text not null check (length(subject) between 1 and 200),
      body text not null check (length(body) between 1 and 8000),
      drafted_by_label text not null,
      approved_by_contact_id uuid references alert_contact(id),
      approved_at timestamptz,
      sent_at timestamptz,
      created_at timestamptz not null default now(),
      -- Nothing goes out unapproved, enforced here as well as in the service.
      check (sent_at is null or approved_at is not null)
    );
    create trigger crisis_message_audit after insert or update or delete on crisis_message
      for each row execute function audit_row_change('');
    create trigger meeting_attendance_audit after insert or update or delete on meeting_attendance
      for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists crisis_message, meeting_attendance, crisis_meeting, incident_log, alert_job,
      outbound_message, alert, incident, oncall_shift, alert_contact, alert_organisation, alert_setting cascade;
  `.execute(db);
}
