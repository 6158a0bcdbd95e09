import { OUTCOMES } from '@helhed/core';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { anonymousOrCountsInStatistics, countsInStatistics } from '../../registration/index.ts';

/**
 * The leverancemåling's SQL. Every query is set-based: it filters by plan_id first, counts in the
 * database with GROUP BY GROUPING SETS (rows per activity or area plus the grand total in one
 * pass), and returns aggregates only, never one row per person. A quarter is [start, end], both
 * days inclusive. Counts come back as text (int8) and are converted by the caller. A participant
 * is counted only with consent to statistics (`countsInStatistics`, decision 0018); anonymous forløb
 * and anonymous attendance carry no person and stay counted.
 */
export interface Period {
  start: string;
  end: string;
}

type Count = string | number;

export interface ActivityLine {
  id: string;
  name: string;
  focus_area_id: string;
  focus_area_name: string;
  plan_name: string;
}

export interface AreaLine {
  id: string;
  name: string;
  plan_name: string;
  plan_id?: string;
}

/** The scope's activities in the plan's order (focus area, then activity). */
export async function listActivities(db: Db, planIds: string[]): Promise<ActivityLine[]> {
  const result = await sql<ActivityLine>`
    select a.id, a.name, f.id as focus_area_id, f.name as focus_area_name, p.name as plan_name
      from plan_activity a
      join plan_focus_area f on f.plan_id = a.plan_id and f.id = a.focus_area_id
      join plan p on p.id = a.plan_id
     where a.plan_id = any(${planIds}::uuid[])
     order by p.name, f.position, a.position, a.name`.execute(db);
  return result.rows;
}

export async function listAreas(db: Db, planIds: string[]): Promise<AreaLine[]> {
  const result = await sql<AreaLine>`
    select ar.id, ar.name, p.name as plan_name, p.id as plan_id
      from plan_area ar join plan p on p.id = ar.plan_id
     where ar.plan_id = any(${planIds}::uuid[])
     order by p.name, ar.position`.execute(db);
  return result.rows;
}

export type CaseCountRow = {
  activity_id: string | null;
  area_id: string | null;
  by_activity: number;
  by_area: number;
  started: Count;
  active: Count;
  ended: Count;
} & Record<OutcomeColumn, Count>;

/** The column of countCases that counts the ended forløb with OUTCOMES[index]. */
export type OutcomeColumn = `outcome_${number}`;
export const outcomeColumn = (index: number): OutcomeColumn => `outcome_${index}`;

function outcomeColumns(end: string) {
  return sql.join(
    OUTCOMES.map(
      (outcome, index) =>
        sql`count(*) filter (where c.ended_on <= ${end}::date and c.outcome = ${outcome}) as ${sql.ref(outcomeColumn(index))}`,
    ),
  );
}

/**
 * Forløb that overlap the quarter, per activity, per boligområde and in total: started in the
 * quarter, active at some time in it, ended in it, and the outcomes of those ended. The area is
 * the forløb's own, else the participant's.
 */
export async function countCases(db: Db, planIds: string[], period: Period): Promise<CaseCountRow[]> {
  const result = await sql<CaseCountRow>`
    select c.activity_id, c.area_id,
           -- by_activity: a row per activity (area summed over); by_area: per area; both: the total.
           grouping(c.activity_id) as by_area, grouping(c.area_id) as by_activity,
           count(*) filter (where c.started_on >= ${period.start}::date) as started,
           count(*) as active,
           count(*) filter (where c.ended_on <= ${period.end}::date) as ended,
           ${outcomeColumns(period.end)}
      from (select sc.activity_id, coalesce(sc.area_id, pa.area_id) as area_id,
                   sc.started_on, sc.ended_on, sc.outcome
              from support_case sc
              left join participant pa on pa.plan_id = sc.plan_id and pa.id = sc.participant_id
             where sc.plan_id = any(${planIds}::uuid[])
               and sc.started_on <= ${period.end}::date
               and (sc.ended_on is null or sc.ended_on >= ${period.start}::date)
               and ${anonymousOrCountsInStatistics('sc.participant_id')}) c
     group by grouping sets ((c.activity_id), (c.area_id), ())`.execute(db);
  return result.rows;
}

export interface ReferralCountRow {
  activity_id: string | null;
  source: string | null;
  by_source: number;
  by_activity: number;
  referrals: Count;
}

/** Referrals received in the quarter per activity × source, per activity, per source and in total. */
export async function countReferrals(db: Db, planIds: string[], period: Period): Promise<ReferralCountRow[]> {
  const result = await sql<ReferralCountRow>`
    select r.activity_id, r.source,
           grouping(r.activity_id) as by_source, grouping(r.source) as by_activity,
           count(*) as referrals
      from referral r
     where r.plan_id = any(${planIds}::uuid[])
       and r.referred_on between ${period.start}::date and ${period.end}::date
       and ${countsInStatistics('r.participant_id')}
     group by grouping sets ((r.activity_id, r.source), (r.activity_id), (r.source), ())`.execute(db);
  return result.rows;
}

export interface PersonCountRow {
  activity_id: string | null;
  is_total: number;
  unique_participants: Count;
  group_participants: Count;
  volunteers: Count;
}

/**
 * Different persons per activity and in total: participants of forløb active in the quarter (an
 * anonymous forløb is one person), attendees of group sessions held in it, and volunteers active
 * in it. The total counts each person once, so it is not the sum of the activities.
 */
export async function countPersons(db: Db, planIds: string[], period: Period): Promise<PersonCountRow[]> {
  const result = await sql<PersonCountRow>`
    with persons as (
      select sc.activity_id, coalesce(sc.participant_id::text, 'case:' || sc.id::text) as person,
             'case' as kind
        from support_case sc
       where sc.plan_id = any(${planIds}::uuid[])
         and sc.started_on <= ${period.end}::date
         and (sc.ended_on is null or sc.ended_on >= ${period.start}::date)
         and ${anonymousOrCountsInStatistics('sc.participant_id')}
      union all
      select gc.activity_id, ge.participant_id::text, 'group'
        from group_session gs
        join group_course gc on gc.plan_id = gs.plan_id and gc.id = gs.course_id
        join group_attendance ga on ga.plan_id = gs.plan_id and ga.session_id = gs.id
        join group_enrolment ge on ge.plan_id = ga.plan_id and ge.id = ga.enrolment_id
       where gs.plan_id = any(${planIds}::uuid[])
         and gs.held_on between ${period.start}::date and ${period.end}::date
         and ${countsInStatistics('ge.participant_id')}
      union all
      select v.activity_id, v.participant_id::text, 'volunteer'
        from volunteer v
       where v.plan_id = any(${planIds}::uuid[])
         and v.started_on <= ${period.end}::date
         and (v.ended_on is null or v.ended_on >= ${period.start}::date)
         and ${countsInStatistics('v.participant_id')}
    )
    select activity_id, grouping(activity_id) as is_total,
           count(distinct person) as unique_participants,
           count(distinct person) filter (where kind = 'group') as group_participants,
           count(distinct person) filter (where kind = 'volunteer') as volunteers
      from persons
     group by grouping sets ((activity_id), ())`.execute(db);
  return result.rows;
}

export interface SessionCountRow {
  activity_id: string | null;
  is_total: number;
  sessions_held: Count;
  attendance: Count;
}

/** Group sessions held in the quarter and their attendance (named with consent plus anonymous counts). */
export async function countSessions(db: Db, planIds: string[], period: Period): Promise<SessionCountRow[]> {
  const result = await sql<SessionCountRow>`
    select gc.activity_id, grouping(gc.activity_id) as is_total,
           count(*) as sessions_held,
           coalesce(sum(coalesce(gs.anonymous_count, 0) + att.named), 0) as attendance
      from group_session gs
      join group_course gc on gc.plan_id = gs.plan_id and gc.id = gs.course_id
      cross join lateral (select count(*) as named from group_attendance ga
                            join group_enrolment ge on ge.plan_id = ga.plan_id and ge.id = ga.enrolment_id
                           where ga.session_id = gs.id and ${countsInStatistics('ge.participant_id')}) att
     where gs.plan_id = any(${planIds}::uuid[])
       and gs.held_on between ${period.start}::date and ${period.end}::date
     group by grouping sets ((gc.activity_id), ())`.execute(db);
  return result.rows;
}

export interface AreaEventRow {
  area_id: string | null;
  is_total: number;
  cks_meetings: Count;
  cks_attendees: Count;
  safety_contacts: Count;
}

/** CKS network meetings (with their attendees by count) and tryghedsrådgiver contacts per area. */
export async function countAreaEvents(db: Db, planIds: string[], period: Period): Promise<AreaEventRow[]> {
  const result = await sql<AreaEventRow>`
    select e.area_id, grouping(e.area_id) as is_total,
           coalesce(sum(e.meetings), 0) as cks_meetings,
           coalesce(sum(e.attendees), 0) as cks_attendees,
           coalesce(sum(e.contacts), 0) as safety_contacts
      from (select m.area_id, 1 as meetings, 0 as contacts,
                   (select coalesce(sum((a.value ->> 'count')::int), 0)
                      from jsonb_array_elements(m.attendance) a) as attendees
              from cks_meeting m
             where m.plan_id = any(${planIds}::uuid[])
               and m.held_on between ${period.start}::date and ${period.end}::date
            union all
            select s.area_id, 0, 1, 0
              from safety_contact s
             where s.plan_id = any(${planIds}::uuid[])
               and s.occurred_on between ${period.start}::date and ${period.end}::date) e
     group by grouping sets ((e.area_id), ())`.execute(db);
  return result.rows;
}
