// The benchmark's baseline: the quarterly leverancemåling's aggregation written by hand as ONE SQL
// statement (both the quarter and the same quarter a year earlier), as an analyst would type it into
// psql. Same definitions as the reports module: a forløb is active when it overlaps the quarter, its
// area is its own or else its participant's; referrals by activity × source; distinct persons over
// forløb, group attendance and volunteering; sessions with named plus anonymous attendance; CKS
// meetings with attendees and tryghed contacts per area. A participant counts only when their newest
// consent includes statistics and is not withdrawn (decision 0018); anonymous forløb and attendance
// count. No discretion: that is the app's work.

const OUTCOMES = [
  'education-started',
  'ordinary-job',
  'internship-or-subsidy',
  'leisure-job',
  'closer-to-labour-market',
  'no-change',
  'dropped-out',
  'moved',
];

function shiftYear(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** planId null: every plan in the database. */
export function handWrittenQuarterlySql(
  quarter: { start: string; end: string },
  planId: string | null,
): string {
  const only = (alias: string) => (planId ? `${alias}.plan_id = '${planId}'` : 'true');
  const outcomes = OUTCOMES.map(
    (o, i) => `count(*) filter (where ended_on <= q_end and outcome = '${o}') as outcome_${i}`,
  ).join(',\n           ');
  return `
with periods(label, q_start, q_end) as (
  values ('current', date '${quarter.start}', date '${quarter.end}'),
         ('previous', date '${shiftYear(quarter.start, -1)}', date '${shiftYear(quarter.end, -1)}')
),
counted as materialized (
  select participant_id from (
    select distinct on (pc.participant_id) pc.participant_id, pc.for_statistics, pc.withdrawn_on
      from participant_consent pc
     where ${only('pc')}
     order by pc.participant_id, pc.given_on desc, pc.created_at desc) newest
   where for_statistics and withdrawn_on is null
),
cases as materialized (
  select p.label, p.q_start, p.q_end, sc.id, sc.participant_id, sc.activity_id,
         coalesce(sc.area_id, pa.area_id) as area_id, sc.started_on, sc.ended_on, sc.outcome
    from periods p
    join support_case sc on sc.started_on <= p.q_end and (sc.ended_on is null or sc.ended_on >= p.q_start)
    left join participant pa on pa.plan_id = sc.plan_id and pa.id = sc.participant_id
   where ${only('sc')}
     and (sc.participant_id is null or sc.participant_id in (select participant_id from counted))
),
case_counts as (
  select label, activity_id, area_id, grouping(activity_id) as by_area, grouping(area_id) as by_activity,
         count(*) filter (where started_on >= q_start) as started, count(*) as active,
         count(*) filter (where ended_on <= q_end) as ended,
         ${outcomes}
    from cases group by label, q_start, q_end, grouping sets ((activity_id), (area_id), ())
),
referral_counts as (
  select p.label, r.activity_id, r.source, grouping(r.activity_id) as by_source,
         grouping(r.source) as by_activity, count(*) as referrals
    from periods p join referral r on r.referred_on between p.q_start and p.q_end
   where ${only('r')} and r.participant_id in (select participant_id from counted)
   group by p.label, grouping sets ((r.activity_id, r.source), (r.activity_id), (r.source), ())
),
sessions as materialized (
  select p.label, gs.id, gc.activity_id, gs.anonymous_count
    from periods p join group_session gs on gs.held_on between p.q_start and p.q_end
    join group_course gc on gc.plan_id = gs.plan_id and gc.id = gs.course_id
   where ${only('gs')}
),
persons as (
  select label, activity_id, coalesce(participant_id::text, 'case:' || id::text) as person, 'case' as kind from cases
  union all
  select s.label, s.activity_id, ge.participant_id::text, 'group'
    from sessions s join group_attendance ga on ga.session_id = s.id
    join group_enrolment ge on ge.id = ga.enrolment_id
   where ge.participant_id in (select participant_id from counted)
  union all
  select p.label, v.activity_id, v.participant_id::text, 'volunteer'
    from periods p join volunteer v on v.started_on <= p.q_end and (v.ended_on is null or v.ended_on >= p.q_start)
   where ${only('v')} and v.participant_id in (select participant_id from counted)
),
person_counts as (
  select label, activity_id, grouping(activity_id) as is_total, count(distinct person) as unique_participants,
         count(distinct person) filter (where kind = 'group') as group_participants,
         count(distinct person) filter (where kind = 'volunteer') as volunteers
    from persons group by label, grouping sets ((activity_id), ())
),
session_counts as (
  select s.label, s.activity_id, grouping(s.activity_id) as is_total, count(*) as sessions_held,
         sum(coalesce(s.anonymous_count, 0)
             + (select count(*) from group_attendance ga join group_enrolment ge on ge.id = ga.enrolment_id
                 where ga.session_id = s.id and ge.participant_id in (select participant_id from counted)))
           as attendance
    from sessions s group by s.label, grouping sets ((s.activity_id), ())
),
area_events as (
  select e.label, e.area_id, grouping(e.area_id) as is_total, sum(e.meetings) as cks_meetings,
         sum(e.attendees) as cks_attendees, sum(e.contacts) as safety_contacts
    from (select p.label, m.area_id, 1 as meetings, 0 as contacts,
                 (select coalesce(sum((a.value ->> 'count')::int), 0) from jsonb_array_elements(m.attendance) a)
                   as attendees
            from periods p join cks_meeting m on m.held_on between p.q_start and p.q_end
           where ${only('m')}
          union all
          select p.label, s.area_id, 0, 1, 0
            from periods p join safety_contact s on s.occurred_on between p.q_start and p.q_end
           where ${only('s')}) e
   group by e.label, grouping sets ((e.area_id), ())
)
select json_build_object(
  'cases', (select json_agg(c) from case_counts c),
  'referrals', (select json_agg(r) from referral_counts r),
  'persons', (select json_agg(p) from person_counts p),
  'sessions', (select json_agg(s) from session_counts s),
  'areas', (select json_agg(a) from area_events a)) as report`;
}

interface TotalsRow {
  label: string;
  by_area?: number;
  by_activity?: number;
  is_total?: number;
  active?: number;
  unique_participants?: number;
  referrals?: number;
  by_source?: number;
  safety_contacts?: number;
}

/** The current quarter's grand totals from the hand-written result, to check the report against. */
export function handWrittenTotals(result: Record<string, TotalsRow[] | null>) {
  const current = (rows: TotalsRow[] | null) => (rows ?? []).filter((row) => row.label === 'current');
  const total = (rows: TotalsRow[] | null, isTotal: (row: TotalsRow) => boolean) =>
    current(rows).find(isTotal);
  return {
    casesActive: Number(
      total(result.cases ?? null, (r) => r.by_area === 1 && r.by_activity === 1)?.active ?? 0,
    ),
    referrals: Number(
      total(result.referrals ?? null, (r) => r.by_source === 1 && r.by_activity === 1)?.referrals ?? 0,
    ),
    uniqueParticipants: Number(
      total(result.persons ?? null, (r) => r.is_total === 1)?.unique_participants ?? 0,
    ),
    safetyContacts: Number(total(result.areas ?? null, (r) => r.is_total === 1)?.safety_contacts ?? 0),
  };
}
