import { type Kysely, sql } from 'kysely';

// Synthetic data (issue 5, scale): a plan that holds generated registrations says so here, with the
// seed number and options that reproduce them, so that every screen and report can label it
// "Syntetiske data". Plus indexes that national size showed were missing: the dates the quarterly
// report filters on, and the participant lookups of the retention rule (decision 0013).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table synthetic_dataset (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      seed_number integer not null,
      parameters jsonb not null default '{}' check (jsonb_typeof(parameters) = 'object'),
      created_at timestamptz not null default now()
    );
    create index synthetic_dataset_plan_idx on synthetic_dataset (plan_id, created_at desc);

    create index referral_plan_referred_idx on referral (plan_id, referred_on);
    -- Covering: a one-plan quarter is an index-only scan, which the planner runs without parallel
    -- workers (their start-up alone doubled the report's time for one plan at national size).
    create index support_case_plan_started_idx on support_case (plan_id, started_on)
      include (ended_on, activity_id, area_id, participant_id, outcome, id);
    create index support_case_plan_ended_idx on support_case (plan_id, ended_on);
    create index group_course_plan_starts_idx on group_course (plan_id, starts_on);
    create index group_session_plan_held_idx on group_session (plan_id, held_on);
    create index group_attendance_session_idx on group_attendance (session_id);
    create index group_enrolment_course_idx on group_enrolment (course_id);
    create index volunteer_plan_started_idx on volunteer (plan_id, started_on);
    create index safety_contact_plan_occurred_idx on safety_contact (plan_id, occurred_on);
    create index cks_meeting_plan_held_idx on cks_meeting (plan_id, held_on);

    -- The retention rule looks up each participant's volunteering and course enrolments; without
    -- these it scans both tables once per participant (hours at a million participants).
    create index volunteer_participant_idx on volunteer (participant_id);
    create index group_enrolment_participant_idx on group_enrolment (participant_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index if exists referral_plan_referred_idx, support_case_plan_started_idx,
      support_case_plan_ended_idx, group_course_plan_starts_idx, group_session_plan_held_idx,
      group_attendance_session_idx, group_enrolment_course_idx, volunteer_plan_started_idx,
      safety_contact_plan_occurred_idx, cks_meeting_plan_held_idx, volunteer_participant_idx,
      group_enrolment_participant_idx;
    drop table if exists synthetic_dataset;
  `.execute(db);
}
