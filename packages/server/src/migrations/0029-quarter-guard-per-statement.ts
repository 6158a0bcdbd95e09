import { type Kysely, sql } from 'kysely';

// Issue 18: the quarter lock of decision 0033 checked every inserted row on its own (a PL/pgSQL
// call, the row as JSON, its activity, an advisory lock and a look-up of the approvals), about
// 0.2 ms a row: 11 of the 18 seconds of loading the demo data, and as much of every large import.
// An insert is now checked once per statement, per plan and quarter among the inserted rows (the
// statement's transition table), through the same quarter_guard as before; the rows' activities are
// looked up only in a quarter that an approval may lock.
// Changes and deletions keep the row trigger, which compares a row's old and new values.

/** Each table's dated events as quarter_guard_rows names them: the first and the second date. */
const GUARDED: [table: string, firstDate: string, secondDate: string, rowArguments: string][] = [
  [
    'support_case',
    'started_on',
    'ended_on',
    `'started_on', 'activity_id,area_id,participant_id', 'ended_on', 'outcome,activity_id,area_id,participant_id'`,
  ],
  ['support_case_contact', 'occurred_on', '', `'occurred_on', 'case_id,kind,note', '', ''`],
  [
    'referral',
    'referred_on',
    'decided_on',
    `'referred_on', 'source,source_other,reason,activity_id,participant_id', 'decided_on', 'decision'`,
  ],
  ['group_session', 'held_on', '', `'held_on', 'course_id,anonymous_count', '', ''`],
  [
    'volunteer',
    'started_on',
    'ended_on',
    `'started_on', 'activity_id,participant_id', 'ended_on', 'activity_id,participant_id'`,
  ],
  [
    'safety_contact',
    'occurred_on',
    '',
    `'occurred_on', 'team_id,reported_by,area_id,place,situation,routed_to', '', ''`,
  ],
  ['cks_meeting', 'held_on', '', `'held_on', 'team_id,area_id,attendance,agreements', '', ''`],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function quarter_guard_inserted() returns trigger language plpgsql as $$
    declare
      day_col text;
      checked record;
      activity uuid;
    begin
      foreach day_col in array array_remove(array[tg_argv[0], nullif(tg_argv[1], '')], null) loop
        for checked in execute format(
          'select distinct plan_id, date_trunc(''quarter'', %1$I)::date as day
             from inserted_rows where %1$I is not null', day_col)
        loop
          -- Checked as a row without an activity first: an activity of the quarter can only be
          -- locked while an approval stands that no reopening of the whole quarter has lifted
          -- (quarter_is_locked). Only then is each activity among the rows checked on its own.
          begin
            perform quarter_guard(checked.plan_id, checked.day, null);
          exception when sqlstate 'HL001' then
            for activity in execute format(
              'select distinct quarter_activity_of(plan_id, to_jsonb(r)) from inserted_rows r
                where plan_id = $1 and date_trunc(''quarter'', %1$I)::date = $2', day_col)
              using checked.plan_id, checked.day
            loop
              perform quarter_guard(checked.plan_id, checked.day, activity);
            end loop;
          end;
        end loop;
      end loop;
      return null;
    end $$;
  `.execute(db);
  for (const [table, first, second, rowArguments] of GUARDED) {
    await sql
      .raw(`
        drop trigger ${table}_quarter_lock on ${table};
        create trigger ${table}_quarter_lock before update or delete on ${table}
          for each row execute function quarter_guard_rows(${rowArguments});
        create trigger ${table}_quarter_lock_insert after insert on ${table}
          referencing new table as inserted_rows
          for each statement execute function quarter_guard_inserted('${first}', '${second}');
      `)
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, , , rowArguments] of GUARDED) {
    await sql
      .raw(`
        drop trigger ${table}_quarter_lock_insert on ${table};
        drop trigger ${table}_quarter_lock on ${table};
        create trigger ${table}_quarter_lock before insert or update or delete on ${table}
          for each row execute function quarter_guard_rows(${rowArguments});
      `)
      .execute(db);
  }
  await sql`drop function quarter_guard_inserted()`.execute(db);
}
