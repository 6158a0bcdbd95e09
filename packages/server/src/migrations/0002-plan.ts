import { type Kysely, sql } from 'kysely';
import { createPlanHistory } from './0002-plan-history.ts';

// The content of a helhedsplan: areas, indsatsområder with their delaftaler, goals, indicators with
// baselines and yearly values, and activities. Every table carries plan_id. Figures the document
// does not give are NULL with a status, never 0. Plan data is not personal data, so the history
// trigger keeps the changed values themselves (the board must see how the plan evolved).
// References between plan tables go through (plan_id, id), so that the database itself refuses a
// row that points into another plan.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table plan add column parties_note text;

    create table plan_party (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      position integer not null,
      name text not null check (length(name) between 1 and 300),
      short_name text,
      signed_date date,
      signed_date_as_written text,
      source text
    );
    create index plan_party_plan_idx on plan_party (plan_id);

    create table plan_area (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint plan_area_tenant_key unique (plan_id, id),
      slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
      position integer not null,
      name text not null check (length(name) between 1 and 300),
      spellings jsonb not null default '[]',
      residents integer check (residents >= 0),
      residents_date date,
      residents_as_written text,
      non_western_share double precision check (non_western_share between 0 and 100),
      non_western_share_as_written text,
      status text,
      source text,
      -- Where the document is unclear about this area: [{field, note}].
      uncertainties jsonb not null default '[]',
      constraint plan_area_slug_key unique (plan_id, slug)
    );

    create table plan_department (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      area_id uuid not null,
      foreign key (plan_id, area_id) references plan_area(plan_id, id) on delete cascade,
      position integer not null,
      name text not null check (length(name) between 1 and 300)
    );
    create index plan_department_area_idx on plan_department (area_id);

    create table plan_age_group (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      area_id uuid not null,
      foreign key (plan_id, area_id) references plan_area(plan_id, id) on delete cascade,
      position integer not null,
      key text not null,
      label text not null,
      value double precision,
      unit text not null check (unit in ('count', 'pct')),
      as_written text,
      data_source text,
      note text
    );
    create index plan_age_group_area_idx on plan_age_group (area_id);

    create table plan_focus_area (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint plan_focus_area_tenant_key unique (plan_id, id),
      slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
      position integer not null,
      name text not null check (length(name) between 1 and 300),
      team text,
      goal_text text,
      lbf_overall_goal text,
      constraint plan_focus_area_slug_key unique (plan_id, slug)
    );

    create table plan_sub_agreement (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      focus_area_id uuid not null unique,
      foreign key (plan_id, focus_area_id) references plan_focus_area(plan_id, id),
      name text not null check (length(name) between 1 and 300),
      period_start date,
      period_end date,
      parties jsonb not null default '[]',
      weekly_staff_hours double precision check (weekly_staff_hours between 0 and 10000),
      weekly_staff_hours_as_written text,
      staff_hours_years integer,
      staff_hours_includes text,
      staff_hours_note text,
      staff_hours jsonb not null default '[]',
      revision_text text,
      source text,
      updated_at timestamptz not null default now()
    );
    create index plan_sub_agreement_plan_idx on plan_sub_agreement (plan_id);

    create table plan_goal (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint plan_goal_tenant_key unique (plan_id, id),
      position integer not null,
      level text not null check (level in ('overordnet', 'delmaal')),
      focus_area_id uuid,
      foreign key (plan_id, focus_area_id) references plan_focus_area(plan_id, id),
      text text not null check (length(text) between 1 and 2000),
      source text,
      note text
    );
    create index plan_goal_plan_idx on plan_goal (plan_id, position);

    create table plan_indicator (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint plan_indicator_tenant_key unique (plan_id, id),
      goal_id uuid not null,
      foreign key (plan_id, goal_id) references plan_goal(plan_id, id),
      key text not null check (key ~ '^[a-z0-9][a-z0-9-]{0,199}$'),
      position integer not null,
      name text not null check (length(name) between 1 and 1000),
      unit text not null check (unit in ('pct', 'grade', 'count')),
      baseline_year text,
      baseline_year_note text,
      data_source text,
      measurement text,
      note text,
      footnotes jsonb not null default '[]',
      areas_not_listed jsonb not null default '[]',
      constraint plan_indicator_key_key unique (plan_id, key)
    );
    create index plan_indicator_goal_idx on plan_indicator (goal_id);

    create table plan_baseline (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      indicator_id uuid not null,
      foreign key (plan_id, indicator_id) references plan_indicator(plan_id, id) on delete cascade,
      position integer not null,
      scope text not null check (scope in ('area', 'plan', 'other')),
      area_id uuid,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      label text not null,
      value double precision,
      status text not null check (status in ('given', 'ikke oplyst', 'blank', 'dash', 'not measured')),
      qualifier text,
      as_written text,
      note text,
      -- A figure is either given (with a value) or missing for a stated reason (without one).
      check ((status = 'given') = (value is not null)),
      check ((scope = 'area') = (area_id is not null))
    );
    create index plan_baseline_indicator_idx on plan_baseline (indicator_id);

    create table plan_inconsistency (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      key text not null,
      what text not null,
      quotes jsonb not null default '[]',
      indicator_keys jsonb not null default '[]',
      constraint plan_inconsistency_key_key unique (plan_id, key)
    );

    create table plan_indicator_value (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      indicator_id uuid not null,
      foreign key (plan_id, indicator_id) references plan_indicator(plan_id, id),
      area_id uuid not null,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      year integer not null check (year between 2000 and 2100),
      value double precision,
      source text,
      changed_by text,
      changed_at timestamptz not null default now(),
      constraint plan_indicator_value_key unique (indicator_id, area_id, year)
    );
    create index plan_indicator_value_plan_idx on plan_indicator_value (plan_id, indicator_id);

    create table plan_activity (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint plan_activity_tenant_key unique (plan_id, id),
      client_key uuid,
      focus_area_id uuid not null,
      foreign key (plan_id, focus_area_id) references plan_focus_area(plan_id, id),
      slug text,
      position integer not null,
      name text not null check (length(name) between 1 and 300),
      purposes_intro text,
      target_group text,
      target_total jsonb,
      age_ranges jsonb not null default '[]',
      format text,
      format_reason text,
      referral_evidence jsonb not null default '[]',
      recruitment text,
      session_structure text,
      after_course text,
      evaluation text,
      responsible text,
      notes jsonb not null default '[]',
      source text,
      weekly_staff_hours double precision check (weekly_staff_hours between 0 and 10000),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint plan_activity_client_key unique (plan_id, client_key),
      constraint plan_activity_slug_key unique (plan_id, slug)
    );

    create table plan_activity_purpose (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      position integer not null,
      text text not null
    );
    create index plan_activity_purpose_idx on plan_activity_purpose (activity_id);

    create table plan_activity_target_group (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      position integer not null,
      description text not null,
      area_id uuid,
      foreign key (plan_id, area_id) references plan_area(plan_id, id),
      count integer check (count >= 0),
      as_written text,
      source text
    );
    create index plan_activity_target_group_idx on plan_activity_target_group (activity_id);

    create table plan_activity_referral_source (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      position integer not null,
      name text not null
    );
    create index plan_activity_referral_source_idx on plan_activity_referral_source (activity_id);

    create table plan_activity_partner (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      position integer not null,
      name text not null
    );
    create index plan_activity_partner_idx on plan_activity_partner (activity_id);

    create table plan_activity_session (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      number integer not null check (number >= 1),
      title text not null,
      description text,
      topics jsonb not null default '[]',
      constraint plan_activity_session_number_key unique (activity_id, number)
    );

  `.execute(db);
  await createPlanHistory(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists plan_change, plan_activity_session, plan_activity_partner,
      plan_activity_referral_source, plan_activity_target_group, plan_activity_purpose, plan_activity,
      plan_indicator_value, plan_inconsistency, plan_baseline, plan_indicator, plan_goal,
      plan_sub_agreement, plan_focus_area, plan_age_group, plan_department, plan_area, plan_party cascade;
    drop function if exists plan_record_change cascade;
    alter table plan drop column if exists parties_note;
  `.execute(db);
}
