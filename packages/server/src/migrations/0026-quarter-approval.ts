import { type Kysely, sql } from 'kysely';

// Issue 20, item 1 (docs/decisions/0033-quarter-approval.md): a leader approves a quarter, and the
// registrations dated in it are locked for everyone, by the database itself. quarter_event is the
// append-only record of approvals (with the report's figures as approved), reopenings (the whole
// quarter or one activity, with a reason) and quarters sent back to a worker with a message.
//
// quarter_guard(plan, day, activity) refuses a change dated in a quarter whose latest approval no
// reopening has lifted for that activity (errcode HL001, which the API answers with a Danish 409).
// Erasure, retention and merging set helhed.quarter_lock = 'exempt' in their own transaction: the
// law's deletions must go through, and the report shows what they changed after the approval.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table quarter_event (
      seq bigint generated always as identity primary key,
      id uuid not null default gen_random_uuid() unique,
      plan_id uuid not null references plan(id),
      year integer not null check (year between 2000 and 2100),
      quarter integer not null check (quarter between 1 and 4),
      kind text not null check (kind in ('approved', 'reopened', 'sent-back')),
      activity_id uuid,
      foreign key (plan_id, activity_id) references plan_activity(plan_id, id),
      reason text check (length(reason) between 1 and 2000),
      to_user_id uuid references app_user(id),
      figures jsonb,
      acted_by uuid references app_user(id),
      acted_at timestamptz not null default now(),
      check ((kind = 'approved') = (figures is not null)),
      check (kind = 'approved' or reason is not null),
      check ((kind = 'sent-back') = (to_user_id is not null)),
      check (kind = 'reopened' or activity_id is null)
    );
    create index quarter_event_plan_idx on quarter_event (plan_id, year, quarter, seq);
    create index quarter_event_to_user_idx on quarter_event (to_user_id) where to_user_id is not null;

    create function quarter_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'quarter_event is append-only' using errcode = 'insufficient_privilege';
    end $$;
    create trigger quarter_event_append_only before update or delete on quarter_event
      for each row execute function quarter_event_is_append_only();
    create trigger quarter_event_no_truncate before truncate on quarter_event
      for each statement execute function audit_event_is_append_only();
    create trigger quarter_event_audit after insert on quarter_event
      for each row execute function audit_row_change('');

    -- Locked: an approval of the day's quarter that no later reopening (of the whole quarter, or of
    -- this activity) has lifted. A row without an activity opens only with the whole quarter.
    create function quarter_is_locked(p_plan uuid, p_day date, p_activity uuid) returns boolean
      language sql stable as $$
      select exists (
        select 1 from quarter_event a
         where a.plan_id = p_plan and a.kind = 'approved'
           and a.year = extract(year from p_day)::int and a.quarter = extract(quarter from p_day)::int
           and not exists (
             select 1 from quarter_event r
              where r.plan_id = a.plan_id and r.year = a.year and r.quarter = a.quarter
                and r.kind = 'reopened' and r.seq > a.seq
                and (r.activity_id is null or r.activity_id = p_activity)))
    $$;

    -- The shared advisory lock pairs with the exclusive one an approval takes: a change and an
    -- approval of the same quarter never pass each other (the approval's figures include the change,
    -- or the change sees the approval and is refused).
    create function quarter_guard(p_plan uuid, p_day date, p_activity uuid) returns void
      language plpgsql as $$
    declare
      y integer := extract(year from p_day);
      q integer := extract(quarter from p_day);
    begin
      if p_day is null or current_setting('helhed.quarter_lock', true) = 'exempt' then
        return;
      end if;
      perform pg_advisory_xact_lock_shared(hashtext('helhed.quarter:' || p_plan::text), y * 10 + q);
      if quarter_is_locked(p_plan, p_day, p_activity) then
        raise exception 'quarter %-Q% is approved and locked', y, q
          using errcode = 'HL001', detail = y || '-Q' || q;
      end if;
    end $$;

    create function quarter_guard_rows() returns trigger language plpgsql as $$
    declare
      -- The columns of the row's first and second dated event; a change to neither passes.
      first_date text := tg_argv[0];
      first_cols text[] := string_to_array(tg_argv[1], ',');
      second_date text := nullif(tg_argv[2], '');
      second_cols text[] := string_to_array(nullif(tg_argv[3], ''), ',');
      o jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
      n jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
      plan uuid := coalesce(n, o) ->> 'plan_id';
    begin
      perform quarter_guard_event(plan, o, n, first_date, first_cols);
      if second_date is not null then
        perform quarter_guard_event(plan, o, n, second_date, second_cols);
      end if;
      return coalesce(new, old);
    end $$;

    -- One dated event of a row: its old and new day are checked when it is added, removed or changed.
    create function quarter_guard_event(plan uuid, o jsonb, n jsonb, day_col text, cols text[])
      returns void language plpgsql as $$
    declare
      watched text[] := array_append(cols, day_col);
      changed boolean := o is null or n is null
        or exists (select 1 from unnest(watched) c where (o -> c) is distinct from (n -> c));
    begin
      if not changed then return; end if;
      if o is not null then
        perform quarter_guard(plan, (o ->> day_col)::date, quarter_activity_of(plan, o));
      end if;
      if n is not null then
        perform quarter_guard(plan, (n ->> day_col)::date, quarter_activity_of(plan, n));
      end if;
    end $$;

    -- The activity a row counts under: its own, or its forløb's (contacts) or course's (sessions,
    -- attendance).
    create function quarter_activity_of(plan uuid, r jsonb) returns uuid language sql stable as $$
      select coalesce(
        (r ->> 'activity_id')::uuid,
        (select sc.activity_id from support_case sc
          where sc.plan_id = plan and sc.id = (r ->> 'case_id')::uuid),
        (select gc.activity_id from group_course gc
          where gc.plan_id = plan and gc.id = (r ->> 'course_id')::uuid),
        (select gc.activity_id from group_session gs
           join group_course gc on gc.plan_id = gs.plan_id and gc.id = gs.course_id
          where gs.plan_id = plan and gs.id = (r ->> 'session_id')::uuid))
    $$;

    -- Attendance has no day of its own: its session's.
    create function quarter_guard_attendance() returns trigger language plpgsql as $$
    declare
      r record := coalesce(new, old);
      day date;
    begin
      select gs.held_on into day from group_session gs where gs.plan_id = r.plan_id and gs.id = r.session_id;
      perform quarter_guard(r.plan_id, day, quarter_activity_of(r.plan_id, to_jsonb(r)));
      return r;
    end $$;

    create trigger support_case_quarter_lock before insert or update or delete on support_case
      for each row execute function quarter_guard_rows(
        'started_on', 'activity_id,area_id,participant_id', 'ended_on', 'outcome,activity_id,area_id,participant_id');
    create trigger support_case_contact_quarter_lock before insert or update or delete on support_case_contact
      for each row execute function quarter_guard_rows('occurred_on', 'case_id,kind,note', '', '');
    create trigger referral_quarter_lock before insert or update or delete on referral
      for each row execute function quarter_guard_rows(
        'referred_on', 'source,source_other,reason,activity_id,participant_id', 'decided_on', 'decision');
    create trigger group_session_quarter_lock before insert or update or delete on group_session
      for each row execute function quarter_guard_rows('held_on', 'course_id,anonymous_count', '', '');
    create trigger group_attendance_quarter_lock before insert or update or delete on group_attendance
      for each row execute function quarter_guard_attendance();
    create trigger volunteer_quarter_lock before insert or update or delete on volunteer
      for each row execute function quarter_guard_rows(
        'started_on', 'activity_id,participant_id', 'ended_on', 'activity_id,participant_id');
    create trigger safety_contact_quarter_lock before insert or update or delete on safety_contact
      for each row execute function quarter_guard_rows(
        'occurred_on', 'team_id,reported_by,area_id,place,situation,routed_to', '', '');
    create trigger cks_meeting_quarter_lock before insert or update or delete on cks_meeting
      for each row execute function quarter_guard_rows('held_on', 'team_id,area_id,attendance,agreements', '', '');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger if exists support_case_quarter_lock on support_case;
    drop trigger if exists support_case_contact_quarter_lock on support_case_contact;
    drop trigger if exists referral_quarter_lock on referral;
    drop trigger if exists group_session_quarter_lock on group_session;
    drop trigger if exists group_attendance_quarter_lock on group_attendance;
    drop trigger if exists volunteer_quarter_lock on volunteer;
    drop trigger if exists safety_contact_quarter_lock on safety_contact;
    drop trigger if exists cks_meeting_quarter_lock on cks_meeting;
    drop function if exists quarter_guard_attendance();
    drop function if exists quarter_guard_rows();
    drop function if exists quarter_guard_event(uuid, jsonb, jsonb, text, text[]);
    drop function if exists quarter_activity_of(uuid, jsonb);
    drop function if exists quarter_guard(uuid, date, uuid);
    drop function if exists quarter_is_locked(uuid, date, uuid);
    drop table if exists quarter_event;
    drop function if exists quarter_event_is_append_only();
  `.execute(db);
}
