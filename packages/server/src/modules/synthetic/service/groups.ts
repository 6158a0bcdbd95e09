import type { SyntheticOptions } from './options.ts';
import { type Loader, spanSql } from './people.ts';
import { KIND, lit, pick } from './sql-functions.ts';
import {
  CKS_AGREEMENTS,
  CKS_ORGANISATIONS,
  SAFETY_PLACES,
  SAFETY_ROUTES,
  SAFETY_SITUATIONS,
} from './vocabulary.ts';

// Group courses (sessions, enrolments, attendance), volunteers, tryghedsrådgiver contacts and CKS
// meetings. Every quarter each plan runs a Bydelsløftere course for women and one for men, a
// fællesskab group and an event counted without names. In plan 1 the men's course of 2025-Q1 is
// "Syntetisk lille gruppe": exactly three participants and the only course of its activity that
// quarter, so that the reports' discretion ("<5") shows in the demo.

const R = 'pg_temp.syn_r';
const U = 'pg_temp.syn_uid';
const SMALL_GROUP_START = '2025-01-14';

const uniform = (values: readonly string[], r: string) =>
  `(array[${values.map(lit).join(', ')}])[1 + floor(${r} * ${values.length})::integer]`;

export async function insertGroups(loader: Loader, options: SyntheticOptions): Promise<void> {
  const { d0, days } = spanSql(options);
  const quarters = (options.toYear - options.fromYear + 1) * 4;
  // One row per course: its index c (the base of its child rows' ids), size and dates.
  await loader.exec(`
    create temp table syn_course on commit drop as
    select c, g.pidx, p.plan_id, g.activity_id, g.team_id, g.kind, g.sessions,
           g.name || ', hold ' || (${options.fromYear} + q / 4) || '-K' || (q % 4 + 1) as title, s,
           least(p.n_p, 5 + floor(${R}(c, 51) * 10)::integer) as size, p.first_p, p.n_p
      from syn_group_activity g join syn_plan p on p.pidx = g.pidx
      cross join generate_series(0, ${quarters - 1}) as q
      cross join lateral (select ((g.pidx::bigint * ${quarters} + q) * 4 + g.slot) as c) as cc
      cross join lateral (select ((${d0} + make_interval(months => q * 3))::date - ${d0})
                                 + 7 + floor(${R}(c, 50) * 28)::integer as s) as ss
     where s < ${days}
       -- Plan 1's men's course makes room for the small group in 2025-Q1 (and ends before it).
       and not (g.pidx = 0 and g.slot = 1 and (${options.fromYear} + q / 4, q % 4 + 1) in ((2024, 4), (2025, 1)))`);
  const small = options.fromYear <= 2025 && options.toYear >= 2025;
  if (small) {
    await loader.exec(`
      insert into syn_course
      select ${options.plans}::bigint * ${quarters} * 4, g.pidx, p.plan_id, g.activity_id, g.team_id, 'course', 6,
             'Syntetisk lille gruppe (3 deltagere)', '${SMALL_GROUP_START}'::date - ${d0}, 3, p.first_p, p.n_p
        from syn_group_activity g join syn_plan p on p.pidx = g.pidx
       where g.pidx = 0 and g.slot = 1`);
  }
  await loader.load(
    'group_course',
    `insert into group_course (id, plan_id, team_id, activity_id, kind, title, starts_on, ends_on, created_at)
     select ${U}(${KIND.course}, c), plan_id, team_id, activity_id, kind, title, ${d0} + s,
            ${d0} + s + 7 * (sessions - 1), (${d0} + s - 14) + time '09:00'
       from syn_course`,
  );
  await loader.load(
    'group_session',
    `insert into group_session (id, plan_id, course_id, number, activity_session_id, held_on, anonymous_count)
     select ${U}(${KIND.session}, c * 200 + n), sc.plan_id, ${U}(${KIND.course}, c), n, ps.id,
            ${d0} + s + 7 * (n - 1),
            case when kind = 'event' then 20 + floor(${R}(c * 200 + n, 53) * 120)::integer end
       from syn_course sc cross join generate_series(1, sessions) as n
       left join plan_activity_session ps on ps.plan_id = sc.plan_id and ps.activity_id = sc.activity_id
                                         and ps.number = n
      where s + 7 * (n - 1) < ${days}`,
  );
  // Enrolled participants are consecutive in the plan's block from a random start: never twice in a course.
  await loader.load(
    'group_enrolment',
    `insert into group_enrolment (id, plan_id, course_id, participant_id, enrolled_on, completed, diploma_on)
     select ${U}(${KIND.enrolment}, c * 100 + e), plan_id, ${U}(${KIND.course}, c),
            ${U}(${KIND.participant}, first_p + (floor(${R}(c, 52) * n_p)::bigint + e) % n_p),
            ${d0} + greatest(0, s - 7), x.done, case when x.done and kind = 'course' then ${d0} + s + 7 * (sessions - 1) end
       from syn_course cross join generate_series(0, size - 1) as e
       cross join lateral (select s + 7 * (sessions - 1) < ${days} and ${R}(c * 100 + e, 54) < 0.75 as done) as x
      where kind <> 'event'`,
  );
  await loader.load(
    'group_attendance',
    `insert into group_attendance (id, plan_id, session_id, enrolment_id)
     select ${U}(${KIND.attendance}, (c * 200 + n) * 100 + e), plan_id, ${U}(${KIND.session}, c * 200 + n),
            ${U}(${KIND.enrolment}, c * 100 + e)
       from syn_course cross join generate_series(1, sessions) as n cross join generate_series(0, size - 1) as e
      where kind <> 'event' and s + 7 * (n - 1) < ${days} and ${R}((c * 200 + n) * 100 + e, 55) < 0.8`,
  );
  await loader.load(
    'volunteer',
    `insert into volunteer (id, plan_id, participant_id, activity_id, started_on, ended_on)
     select ${U}(${KIND.volunteer}, i), p.plan_id, ${U}(${KIND.participant}, i), m.volunteer_activity_id,
            ${d0} + x.s, case when ${R}(i, 62) < 0.4 and x.s + 60 + floor(${R}(i, 63) * 400)::integer < ${days}
                              then ${d0} + x.s + 60 + floor(${R}(i, 63) * 400)::integer end
       from generate_series(0, ${options.residents - 1}::bigint) as i
       join syn_plan p on p.pidx = pg_temp.syn_pidx(i)
       join syn_misc m on m.pidx = p.pidx
       cross join lateral (select pg_temp.syn_arrival(i)
                                  + floor(${R}(i, 61) * (${days} - pg_temp.syn_arrival(i)))::integer as s) as x
      where ${R}(i, 60) < 0.03`,
  );
  // About one tryghed contact a year per 20 residents, spread over the plan's areas.
  const safety = Math.max(options.plans, Math.round(options.residents * 0.05 * (quarters / 4)));
  await loader.load(
    'safety_contact',
    `insert into safety_contact (id, plan_id, team_id, occurred_on, reported_by, area_id, place, situation,
                                 routed_to, follow_up, followed_up_on, created_at)
     select ${U}(${KIND.safetyContact}, n), p.plan_id, m.safety_team_id, ${d0} + x.d,
            ${pick(`${R}(n, 71)`, [
              ["'resident'", 55],
              ["'staff'", 25],
              ["'partner'", 15],
              ["'other'", 5],
            ])},
            a.area_id, ${uniform(SAFETY_PLACES, `${R}(n, 73)`)}, ${uniform(SAFETY_SITUATIONS, `${R}(n, 74)`)},
            (array[${SAFETY_ROUTES.join(', ')}])[1 + floor(${R}(n, 75) * ${SAFETY_ROUTES.length})::integer]::text[],
            case when ${R}(n, 76) < 0.5 then 'Talt med de involverede' end,
            case when ${R}(n, 76) < 0.5 and x.d + 3 < ${days} then ${d0} + x.d + 3 end, (${d0} + x.d) + time '16:00'
       from generate_series(0, ${safety - 1}::bigint) as n
       cross join lateral (select floor(${R}(n, 70) * ${days})::integer as d) as x
       join syn_plan p on p.pidx = (n * ${options.plans} / ${safety})::integer
       join syn_misc m on m.pidx = p.pidx
       join syn_area a on a.pidx = p.pidx and a.aidx = floor(${R}(n, 72) * p.n_a)::integer`,
  );
  const organisations = CKS_ORGANISATIONS.map(lit).join(', ');
  await loader.load(
    'cks_meeting',
    `insert into cks_meeting (id, plan_id, team_id, held_on, area_id, attendance, agreements, created_at)
     select ${U}(${KIND.cksMeeting}, x.n), p.plan_id, m.safety_team_id, x.held, a.area_id,
            (select jsonb_agg(jsonb_build_object('organisation', o.name, 'count',
                                                 1 + floor(${R}(x.n * 10 + o.ord, 81) * 3)::integer) order by o.ord)
               from unnest(array[${organisations}]) with ordinality as o(name, ord)
              where o.ord <= 3 + floor(${R}(x.n, 82) * 3)),
            ${uniform(CKS_AGREEMENTS, `${R}(x.n, 83)`)}, x.held + time '17:00'
       from syn_plan p join syn_misc m on m.pidx = p.pidx join syn_area a on a.pidx = p.pidx
       cross join generate_series(0, ${quarters * 3 - 1}) as mo
       cross join lateral (select ((p.pidx::bigint * 100 + a.aidx) * 1200 + mo) as n) as xn
       cross join lateral (select xn.n, (${d0} + make_interval(months => mo))::date
                                        + floor(${R}(xn.n, 80) * 20)::integer as held) as x
      where m.safety_team_id is not null`,
  );
  return;
}
