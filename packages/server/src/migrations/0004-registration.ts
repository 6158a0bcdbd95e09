import { type Kysely, sql } from 'kysely';
import { createGroupTables, GROUP_TABLES } from './0004-registration-groups.ts';

// Registration (issue 4): teams, participants with consent, referrals and individual forløb with
// goals, contacts and an outcome. Minimal data: a name or alias, birth year, gender, area and
// afdeling, optional contact — never a CPR number. A forløb without a participant is an anonymous
// count. Every table with personal data carries the audit_row_change trigger.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table team (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint team_tenant_key unique (plan_id, id),
      client_key uuid,
      name text not null check (length(name) between 1 and 200),
      created_at timestamptz not null default now(),
      constraint team_name_key unique (plan_id, name),
      constraint team_client_key unique (plan_id, client_key)
    );

    alter table app_user add column team_id uuid;
    alter table app_user add constraint app_user_team_fk
      foreign key (plan_id, team_id) references team(plan_id, id);

    alter table plan_department add constraint plan_department_tenant_key unique (plan_id, id);

    create table participant (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint participant_tenant_key unique (plan_id, id),
      client_key uuid,
      team_id uuid not null,
      foreign key (plan_id, team_id) references team(plan_id, id),
      display_name text check (length(display_name) between 1 and 200),
      birth_year integer check (birth_year between 1900 and 2100),
      gender text check (gender in ('female', 'male', 'other', 'unspecified')),
      area_id uuid,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      department_id uuid,
      foreign key (plan_id, department_id) references plan_department(plan_id, id),
      contact text check (length(contact) <= 300),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      -- Set by erase and by retention: the row stays as an anonymous count, every personal field null.
      erased_at timestamptz,
      constraint participant_named_unless_erased check
        ((erased_at is null and display_name is not null)
         or (erased_at is not null and display_name is null and birth_year is null
             and gender is null and contact is null and department_id is null)),
      constraint participant_client_key unique (plan_id, client_key)
    );
    create index participant_plan_team_idx on participant (plan_id, team_id);

    create table participant_consent (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      participant_id uuid not null,
      foreign key (plan_id, participant_id) references participant(plan_id, id) on delete cascade,
      given_on date not null,
      recorded_by uuid references app_user(id),
      for_registration boolean not null,
      for_statistics boolean not null,
      for_partner_contact boolean not null,
      partner_names text check (length(partner_names) <= 500),
      withdrawn_on date,
      withdrawn_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check (for_registration),
      check (withdrawn_on is null or withdrawn_on >= given_on)
    );
    create index participant_consent_participant_idx on participant_consent (participant_id);

    -- Explicit sharing with one colleague outside the owning team.
    create table participant_share (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      participant_id uuid not null,
      foreign key (plan_id, participant_id) references participant(plan_id, id) on delete cascade,
      user_id uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      constraint participant_share_key unique (participant_id, user_id)
    );

    create table referral (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint referral_tenant_key unique (plan_id, id),
      client_key uuid,
      participant_id uuid not null,
      foreign key (plan_id, participant_id) references participant(plan_id, id) on delete cascade,
      source text not null check (source in ('jobcenter', 'education-adviser', 'uuo', 'school',
        'daycare', 'health-visitor', 'ppr', 'ssp', 'self', 'other')),
      source_other text check (length(source_other) <= 200),
      referred_on date not null,
      reason text check (length(reason) <= 2000),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      decision text not null default 'pending' check (decision in ('pending', 'accepted', 'declined')),
      decided_on date,
      created_at timestamptz not null default now(),
      constraint referral_client_key unique (plan_id, client_key)
    );
    create index referral_participant_idx on referral (participant_id);

    create table support_case (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint support_case_tenant_key unique (plan_id, id),
      client_key uuid,
      participant_id uuid,
      foreign key (plan_id, participant_id) references participant(plan_id, id),
      team_id uuid not null,
      foreign key (plan_id, team_id) references team(plan_id, id),
      responsible_user_id uuid references app_user(id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      referral_id uuid,
      foreign key (plan_id, referral_id) references referral(plan_id, id) on delete set null (referral_id),
      area_id uuid,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      started_on date not null,
      status text not null default 'open' check (status in ('open', 'retention', 'closed')),
      ended_on date,
      outcome text check (outcome in ('education-started', 'ordinary-job', 'internship-or-subsidy',
        'leisure-job', 'closer-to-labour-market', 'no-change', 'dropped-out', 'moved')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint support_case_closed_has_outcome check
        ((status = 'closed') = (ended_on is not null and outcome is not null)),
      check (ended_on is null or ended_on >= started_on),
      constraint support_case_client_key unique (plan_id, client_key)
    );
    create index support_case_plan_team_idx on support_case (plan_id, team_id);
    create index support_case_participant_idx on support_case (participant_id);

    create table support_case_goal (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      case_id uuid not null,
      foreign key (plan_id, case_id) references support_case(plan_id, id) on delete cascade,
      text text not null check (length(text) between 1 and 500),
      agreed_on date not null,
      agreed_at text check (length(agreed_at) <= 200),
      achieved boolean not null default false,
      created_at timestamptz not null default now()
    );
    create index support_case_goal_case_idx on support_case_goal (case_id);

    create table support_case_contact (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      case_id uuid not null,
      foreign key (plan_id, case_id) references support_case(plan_id, id) on delete cascade,
      occurred_on date not null,
      kind text not null check (kind in ('meeting', 'three-party', 'phone', 'home-visit', 'other')),
      note text check (length(note) <= 2000),
      recorded_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      constraint support_case_contact_client_key unique (plan_id, client_key)
    );
    create index support_case_contact_case_idx on support_case_contact (case_id);
  `.execute(db);
  await createGroupTables(db);
  for (const table of [
    ...GROUP_TABLES,
    'team',
    'participant',
    'participant_consent',
    'participant_share',
    'referral',
    'support_case',
    'support_case_goal',
    'support_case_contact',
  ]) {
    await sql`create trigger ${sql.raw(`${table}_audit`)} after insert or update or delete on ${sql.table(table)}
      for each row execute function audit_row_change('updated_at')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists cks_meeting, safety_contact, volunteer, group_attendance, group_enrolment,
      group_session, group_course cascade;
    alter table plan_activity_session drop constraint if exists plan_activity_session_tenant_key;
    drop table if exists support_case_contact, support_case_goal, support_case, referral,
      participant_share, participant_consent, participant cascade;
    alter table plan_department drop constraint if exists plan_department_tenant_key;
    alter table app_user drop column if exists team_id;
    drop table if exists team cascade;
  `.execute(db);
}
