import { type Kysely, sql } from 'kysely';

// Genhusning (issue 8): the phases (etaper) of the physical plan, the households to be rehoused in
// each, and an append-only history of dated events per household (offers, answers, moves, returns,
// corrections). A household's status is never stored: it is computed from household_event. Also
// the offer letters sent, the answer-deadline reminders (one per offer), the plan's letter template,
// the brobygger's follow-up and the link from a household to a registration participant.
// Every table with personal data carries the audit_row_change trigger; household_event refuses
// updates except blanking its free text on erasure, so history can only grow.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rehousing_phase (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint rehousing_phase_tenant_key unique (plan_id, id),
      client_key uuid,
      name text not null check (length(name) between 1 and 200),
      area_id uuid,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      department_id uuid,
      foreign key (plan_id, department_id) references plan_department(plan_id, id),
      buildings text check (length(buildings) <= 500),
      kind text not null check (kind in ('demolition', 'renovation', 'rehousing-programme')),
      vacate_on date,
      homes integer not null default 0 check (homes between 0 and 100000),
      created_at timestamptz not null default now(),
      constraint rehousing_phase_name_key unique (plan_id, name),
      constraint rehousing_phase_client_key unique (plan_id, client_key)
    );

    create table rehousing_household (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint rehousing_household_tenant_key unique (plan_id, id),
      client_key uuid,
      phase_id uuid not null,
      foreign key (plan_id, phase_id) references rehousing_phase(plan_id, id),
      team_id uuid not null,
      foreign key (plan_id, team_id) references team(plan_id, id),
      responsible_user_id uuid references app_user(id),
      contact_name text check (length(contact_name) between 1 and 200),
      contact_info text check (length(contact_info) <= 300),
      adults integer not null check (adults between 0 and 20),
      children_0_5 integer not null default 0 check (children_0_5 between 0 and 20),
      children_6_17 integer not null default 0 check (children_6_17 between 0 and 20),
      current_address text check (length(current_address) <= 300),
      rehousing_type text not null check (rehousing_type in ('temporary', 'permanent')),
      wish_areas text check (length(wish_areas) <= 500),
      wish_rooms integer check (wish_rooms between 1 and 10),
      wish_floor text check (length(wish_floor) <= 100),
      wish_pets boolean not null default false,
      wish_accessible boolean not null default false,
      special_needs text check (length(special_needs) <= 2000),
      special_needs_consent_on date,
      participant_id uuid,
      foreign key (plan_id, participant_id) references participant(plan_id, id) on delete set null (participant_id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      erased_at timestamptz,
      constraint rehousing_household_needs_need_consent check
        (special_needs is null or special_needs_consent_on is not null),
      constraint rehousing_household_named_unless_erased check
        ((erased_at is null and contact_name is not null)
         or (erased_at is not null and contact_name is null and contact_info is null
             and current_address is null and special_needs is null and wish_areas is null)),
      constraint rehousing_household_client_key unique (plan_id, client_key)
    );
    create index rehousing_household_phase_idx on rehousing_household (plan_id, phase_id);
    create index rehousing_household_team_idx on rehousing_household (plan_id, team_id);

    create table household_event (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint household_event_tenant_key unique (plan_id, id),
      seq bigint generated always as identity,
      client_key uuid,
      household_id uuid not null,
      foreign key (plan_id, household_id) references rehousing_household(plan_id, id) on delete cascade,
      type text not null check (type in ('registered', 'offer_made', 'offer_accepted',
        'offer_declined', 'offer_withdrawn', 'moved', 'returned', 'voided')),
      occurred_on date not null,
      offer_id uuid references household_event(id),
      organisation text check (length(organisation) <= 200),
      department_name text check (length(department_name) <= 200),
      address text check (length(address) <= 300),
      rooms integer check (rooms between 1 and 10),
      rent_kr numeric(10, 2) check (rent_kr >= 0),
      answer_deadline date,
      move_kind text check (move_kind in ('temporary', 'permanent')),
      return_expected_on date,
      voids_event_id uuid references household_event(id),
      reason text check (length(reason) <= 1000),
      recorded_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      constraint household_event_client_key unique (plan_id, client_key),
      check (type <> 'offer_made' or (organisation is not null and answer_deadline is not null)),
      check (type not in ('offer_accepted', 'offer_declined', 'offer_withdrawn') or offer_id is not null),
      check (type <> 'moved' or move_kind is not null),
      check (type <> 'voided' or voids_event_id is not null)
    );
    create index household_event_household_idx on household_event (household_id, occurred_on, seq);

    create function household_event_append_only() returns trigger language plpgsql as $$
    begin
      if (to_jsonb(new) - 'reason' - 'address') is distinct from (to_jsonb(old) - 'reason' - 'address')
         or (new.reason is not null and new.reason is distinct from old.reason)
         or (new.address is not null and new.address is distinct from old.address) then
        raise exception 'household_event is append-only; record a correction instead';
      end if;
      return new;
    end $$;
    create trigger household_event_append_only before update on household_event
      for each row execute function household_event_append_only();

    create table rehousing_letter_template (
      plan_id uuid primary key references plan(id),
      subject text not null check (length(subject) between 1 and 200),
      body text not null check (length(body) between 1 and 10000),
      updated_at timestamptz not null default now()
    );

    create table rehousing_letter (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      household_id uuid not null,
      foreign key (plan_id, household_id) references rehousing_household(plan_id, id) on delete cascade,
      offer_event_id uuid not null references household_event(id) on delete cascade,
      method text not null check (method in ('email', 'print')),
      sent_to text check (length(sent_to) <= 300),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );

    create table rehousing_reminder (
      offer_event_id uuid primary key references household_event(id) on delete cascade,
      plan_id uuid not null references plan(id),
      user_id uuid not null references app_user(id),
      sent_at timestamptz not null default now()
    );

    create table rehousing_followup (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      household_id uuid not null,
      foreign key (plan_id, household_id) references rehousing_household(plan_id, id) on delete cascade,
      kind text not null check (kind in ('contact', 'connection', 'closing')),
      occurred_on date not null,
      connection text check (connection in ('fritidsliv', 'forening', 'skole', 'daginstitution', 'andet')),
      note text check (length(note) <= 2000),
      referral_id uuid,
      recorded_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      constraint rehousing_followup_client_key unique (plan_id, client_key),
      check (kind <> 'connection' or connection is not null)
    );
    create index rehousing_followup_household_idx on rehousing_followup (household_id);
  `.execute(db);
  for (const table of [
    'rehousing_phase',
    'rehousing_household',
    'household_event',
    'rehousing_letter_template',
    'rehousing_letter',
    'rehousing_reminder',
    'rehousing_followup',
  ]) {
    const updated = ['rehousing_household', 'rehousing_letter_template'].includes(table) ? 'updated_at' : '';
    await sql`create trigger ${sql.raw(`${table}_audit`)} after insert or update or delete on ${sql.table(table)}
      for each row execute function audit_row_change(${sql.lit(updated)})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists rehousing_followup, rehousing_reminder, rehousing_letter,
      rehousing_letter_template, household_event, rehousing_household, rehousing_phase cascade;
    drop function if exists household_event_append_only();
  `.execute(db);
}
