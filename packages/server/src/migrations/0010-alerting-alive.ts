import { type Kysely, sql } from 'kysely';

// Beredskab proves it is alive: test incidents (the weekly prøvealarm), when each plan last had one
// and last got its rota report, one row per delivery attempt (last success, last failure and its
// reason per channel), and the heartbeat of every worker (the health endpoint reads it).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table incident add column kind text not null default 'real' check (kind in ('real', 'test'));

    -- "now" at install: the first prøvealarm and rota report come one interval after it.
    alter table alert_setting add column test_alert_last_at timestamptz not null default now();
    alter table alert_setting add column rota_report_last_at timestamptz not null default now();

    create table delivery_attempt (
      id bigint generated always as identity primary key,
      plan_id uuid not null references plan(id),
      message_id uuid not null references outbound_message(id),
      channel text not null check (channel in ('email', 'sms')),
      is_ok boolean not null,
      error text,
      attempted_at timestamptz not null default clock_timestamp()
    );
    create index delivery_attempt_channel_idx on delivery_attempt (channel, attempted_at desc);
    create index delivery_attempt_plan_idx on delivery_attempt (plan_id, channel, attempted_at desc);
    create index outbound_message_queued_idx on outbound_message (channel, created_at)
      where status = 'queued';

    -- Not tenant data: one row per running worker process, whatever plans it serves.
    create table alert_worker_beat (
      worker_id uuid primary key,
      beat_at timestamptz not null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists alert_worker_beat, delivery_attempt;
    drop index if exists outbound_message_queued_idx;
    alter table alert_setting drop column if exists test_alert_last_at, drop column if exists rota_report_last_at;
    alter table incident drop column if exists kind;
  `.execute(db);
}
