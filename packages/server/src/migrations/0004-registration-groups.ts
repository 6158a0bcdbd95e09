import { type Kysely, sql } from 'kysely';

// Part of migration 0004-registration: group courses with sessions and attendance, volunteers,
// tryghedsrådgiver contacts and CKS network meetings. Course sessions point at the plan's own
// sessions (plan_activity_session) by id; an event counts attendance without names.
export const GROUP_TABLES = [
  'group_course',
  'group_session',
  'group_enrolment',
  'group_attendance',
  'volunteer',
  'safety_contact',
  'cks_meeting',
] as const;

export async function createGroupTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table plan_activity_session add constraint plan_activity_session_tenant_key unique (plan_id, id);

    create table group_course (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint group_course_tenant_key unique (plan_id, id),
      client_key uuid,
      team_id uuid not null,
      foreign key (plan_id, team_id) references team(plan_id, id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      kind text not null check (kind in ('course', 'group', 'event')),
      title text not null check (length(title) between 1 and 200),
      starts_on date not null,
      ends_on date check (ends_on >= starts_on),
      evaluation text check (length(evaluation) <= 4000),
      created_at timestamptz not null default now(),
      constraint group_course_client_key unique (plan_id, client_key)
    );

    create table group_session (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint group_session_tenant_key unique (plan_id, id),
      course_id uuid not null,
      foreign key (plan_id, course_id) references group_course(plan_id, id) on delete cascade,
      number integer not null check (number between 1 and 200),
      activity_session_id uuid,
      foreign key (plan_id, activity_session_id) references plan_activity_session(plan_id, id),
      -- Only for a session the plan does not name (the plan's titles are read through the id).
      title text check (length(title) <= 200),
      held_on date,
      -- Attendance without names (fællesskaber, events).
      anonymous_count integer check (anonymous_count between 0 and 100000),
      constraint group_session_number_key unique (course_id, number)
    );

    create table group_enrolment (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint group_enrolment_tenant_key unique (plan_id, id),
      course_id uuid not null,
      foreign key (plan_id, course_id) references group_course(plan_id, id) on delete cascade,
      participant_id uuid not null,
      foreign key (plan_id, participant_id) references participant(plan_id, id),
      enrolled_on date not null,
      completed boolean not null default false,
      diploma_on date,
      constraint group_enrolment_key unique (course_id, participant_id)
    );

    create table group_attendance (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      session_id uuid not null,
      foreign key (plan_id, session_id) references group_session(plan_id, id) on delete cascade,
      enrolment_id uuid not null,
      foreign key (plan_id, enrolment_id) references group_enrolment(plan_id, id) on delete cascade,
      constraint group_attendance_key unique (session_id, enrolment_id)
    );

    create table volunteer (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      participant_id uuid not null,
      foreign key (plan_id, participant_id) references participant(plan_id, id),
      activity_id uuid,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      started_on date not null,
      ended_on date check (ended_on >= started_on),
      constraint volunteer_client_key unique (plan_id, client_key)
    );

    -- Situations, not profiles of persons: no link to a participant.
    create table safety_contact (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      team_id uuid not null,
      foreign key (plan_id, team_id) references team(plan_id, id),
      occurred_on date not null,
      reported_by text not null check (reported_by in ('resident', 'staff', 'partner', 'other')),
      area_id uuid,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      place text check (length(place) <= 200),
      situation text not null check (length(situation) between 1 and 2000),
      routed_to text[] not null default '{}',
      follow_up text check (length(follow_up) <= 2000),
      followed_up_on date,
      created_at timestamptz not null default now(),
      constraint safety_contact_client_key unique (plan_id, client_key)
    );

    create table cks_meeting (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      team_id uuid not null,
      foreign key (plan_id, team_id) references team(plan_id, id),
      held_on date not null,
      area_id uuid,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      -- Participants counted by organisation, e.g. [{"organisation": "SSP", "count": 2}].
      attendance jsonb not null default '[]' check (jsonb_typeof(attendance) = 'array'),
      agreements text check (length(agreements) <= 4000),
      created_at timestamptz not null default now(),
      constraint cks_meeting_client_key unique (plan_id, client_key)
    );
  `.execute(db);
}
