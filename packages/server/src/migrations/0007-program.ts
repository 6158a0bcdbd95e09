import { type Kysely, sql } from 'kysely';

// Program Vollsmose (issue 9): a municipal program above plans with the byråd's goals, series of
// figures over time (each point with its definition and source), the register of the area's plans,
// continuation links between activities of different plans, and the knowledge base per activity.
// Program tables are owned by the municipality, not by a plan: they carry program_id (see
// docs/decisions/0010-program-above-plans.md). Knowledge entries belong to an activity and so to a
// plan: they carry plan_id. No table here holds personal data; the knowledge base refuses CPR numbers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table app_user drop constraint if exists app_user_role_check;
    alter table app_user add constraint app_user_role_check
      check (role in ('admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'));

    create table program (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name text not null check (length(name) between 1 and 200),
      municipality text not null,
      owner text not null,
      decided_on date,
      description text,
      source text
    );

    create table program_goal (
      id uuid primary key default gen_random_uuid(),
      program_id uuid not null references program(id),
      constraint program_goal_tenant_key unique (program_id, id),
      position integer not null check (position between 1 and 100),
      text text not null check (length(text) between 1 and 500),
      source text,
      constraint program_goal_position_key unique (program_id, position)
    );

    -- What exactly a figure counts: the measure, the population it is taken of, and its unit.
    -- Two points join into one line only with the same measure and population.
    create table program_definition (
      id uuid primary key default gen_random_uuid(),
      program_id uuid not null references program(id),
      constraint program_definition_tenant_key unique (program_id, id),
      key text not null check (key ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
      label text not null,
      measure text not null,
      population text not null,
      unit text not null check (unit in ('pct', 'per10000', 'count', 'kr')),
      constraint program_definition_key unique (program_id, key)
    );

    create table program_series (
      id uuid primary key default gen_random_uuid(),
      program_id uuid not null references program(id),
      constraint program_series_tenant_key unique (program_id, id),
      goal_id uuid not null,
      foreign key (program_id, goal_id) references program_goal(program_id, id),
      key text not null check (key ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
      position integer not null,
      name text not null,
      area_label text not null,
      constraint program_series_key unique (program_id, key)
    );

    -- The program's own figures, each with its definition and where it was read.
    create table program_point (
      id uuid primary key default gen_random_uuid(),
      program_id uuid not null references program(id),
      series_id uuid not null,
      foreign key (program_id, series_id) references program_series(program_id, id),
      definition_id uuid not null,
      foreign key (program_id, definition_id) references program_definition(program_id, id),
      year integer not null check (year between 1900 and 2100),
      value double precision not null,
      value_as_written text,
      source_document text not null,
      source_quote text,
      note text
    );
    create index program_point_series_idx on program_point (series_id);

    -- A plan's indicator taken into a series: its baselines and yearly values are read live.
    -- area_slug null means the plan-wide baseline.
    create table program_series_link (
      id uuid primary key default gen_random_uuid(),
      program_id uuid not null references program(id),
      series_id uuid not null,
      foreign key (program_id, series_id) references program_series(program_id, id),
      definition_id uuid not null,
      foreign key (program_id, definition_id) references program_definition(program_id, id),
      plan_id uuid not null references plan(id),
      indicator_id uuid not null,
      foreign key (plan_id, indicator_id) references plan_indicator(plan_id, id),
      area_slug text,
      source_document text not null
    );
    create index program_series_link_series_idx on program_series_link (series_id);

    -- The area's plans over time; a plan loaded in full points at its plan row.
    create table program_plan (
      id uuid primary key default gen_random_uuid(),
      program_id uuid not null references program(id),
      position integer not null,
      name text not null,
      start_year integer not null check (start_year between 1900 and 2100),
      end_year integer not null check (end_year >= start_year),
      plan_id uuid unique references plan(id),
      status text not null check (status in ('afsluttet', 'aktiv')),
      budget_total bigint check (budget_total >= 0),
      budget_lbf bigint check (budget_lbf >= 0),
      budget_local_min bigint check (budget_local_min >= 0),
      local_share_min_pct double precision check (local_share_min_pct between 0 and 100),
      financing_note text,
      lbf_focus_areas jsonb not null default '[]',
      source text not null,
      note text,
      constraint program_plan_budget_sum check
        (budget_total is null or budget_lbf is null or budget_local_min is null
         or budget_lbf + budget_local_min <= budget_total),
      constraint program_plan_position_key unique (program_id, position)
    );

    -- An activity carried on from an activity of an earlier plan.
    create table plan_activity_continuation (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      previous_plan_id uuid not null references plan(id),
      previous_activity_id uuid not null,
      foreign key (previous_plan_id, previous_activity_id) references plan_activity(plan_id, id),
      note text,
      created_at timestamptz not null default now(),
      check (plan_id <> previous_plan_id),
      constraint plan_activity_continuation_key unique (activity_id, previous_activity_id)
    );

    -- The vidensplatform: method notes, yearly assessments and documents per activity.
    create table knowledge_entry (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      client_key uuid,
      activity_id uuid not null,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      kind text not null check (kind in ('method_note', 'assessment', 'document')),
      assessor text check (assessor in ('ledelse', 'foelgegruppe', 'bestyrelse')),
      year integer not null check (year between 1990 and 2100),
      title text not null check (length(title) between 1 and 300),
      body text not null check (length(body) <= 20000),
      file_name text check (length(file_name) <= 200),
      file_type text check (file_type in ('application/pdf', 'text/plain')),
      file_data bytea check (octet_length(file_data) <= 524288),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check ((kind = 'assessment') = (assessor is not null)),
      check ((file_data is null) = (file_type is null) and (file_data is null) = (file_name is null)),
      constraint knowledge_entry_client_key unique (plan_id, client_key)
    );
    create index knowledge_entry_activity_idx on knowledge_entry (activity_id);

    -- Danish full-text search. Expression indexes rather than generated columns, so that the logical
    -- backup can restore every column as it was (a generated column refuses inserted values).
    create index knowledge_entry_fts_idx on knowledge_entry
      using gin (to_tsvector('danish', title || ' ' || body));
    create index plan_activity_fts_idx on plan_activity
      using gin (to_tsvector('danish', name || ' ' || coalesce(purposes_intro, '') || ' '
        || coalesce(target_group, '') || ' ' || coalesce(evaluation, '')));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table knowledge_entry, plan_activity_continuation, program_plan, program_series_link,
      program_point, program_series, program_definition, program_goal, program;
    drop index plan_activity_fts_idx;
  `.execute(db);
}
