import { OUTCOMES } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import {
  type AreaEventRow,
  type CaseCountRow,
  countAreaEvents,
  countCases,
  countPersons,
  countReferrals,
  countSessions,
  outcomeColumn,
  type Period,
  type PersonCountRow,
  type ReferralCountRow,
  type SessionCountRow,
} from '../queries/quarterly.ts';
import { type Regrouping, regroupRows } from './regroup.ts';

/** A row's key in a lookup: an activity or area id, or null for "no area" (areas only). */
type Id = string | null;

/** A row of one count, per activity or area, and the quarter's total row of it. */
export interface Lookup<Row> {
  total: Row | undefined;
  of(id: Id): Row | undefined;
}

/** Referrals received: per activity × source, per activity, per source and in total (null: all). */
export interface ReferralLookup {
  of(activityId: string | null, source: string | null): ReferralCountRow['referrals'] | undefined;
}

/** One quarter's aggregate rows, looked up by what they count. */
export interface QuarterCounts {
  casesOfActivity: Lookup<CaseCountRow>;
  casesOfArea: Lookup<CaseCountRow>;
  referrals: ReferralLookup;
  persons: Lookup<PersonCountRow>;
  sessions: Lookup<SessionCountRow>;
  areaEvents: Lookup<AreaEventRow>;
}

const CASE_COUNTS = [
  'started',
  'active',
  'ended',
  ...OUTCOMES.map((_, index) => outcomeColumn(index)),
] as const;
const REFERRAL_COUNTS = ['referrals'] as const;
const PERSON_COUNTS = ['unique_participants', 'group_participants', 'volunteers'] as const;
const SESSION_COUNTS = ['sessions_held', 'attendance'] as const;
const EVENT_COUNTS = ['cks_meetings', 'cks_attendees', 'safety_contacts'] as const;

/**
 * Runs the five aggregate queries of a quarter in parallel (regrouped for the all-plans report) and
 * indexes their rows. The queries count with GROUPING SETS: a grouping flag tells a row per
 * activity or area from the total row.
 */
export async function fetchQuarterCounts(
  db: Db,
  planIds: string[],
  period: Period,
  grouping: Regrouping | undefined,
): Promise<QuarterCounts> {
  const [cases, referrals, persons, sessions, events] = await Promise.all([
    countCases(db, planIds, period).then((rows) => regroupRows(rows, grouping, CASE_COUNTS)),
    countReferrals(db, planIds, period).then((rows) => regroupRows(rows, grouping, REFERRAL_COUNTS)),
    countPersons(db, planIds, period).then((rows) => regroupRows(rows, grouping, PERSON_COUNTS)),
    countSessions(db, planIds, period).then((rows) => regroupRows(rows, grouping, SESSION_COUNTS)),
    countAreaEvents(db, planIds, period).then((rows) => regroupRows(rows, grouping, EVENT_COUNTS)),
  ]);
  // countCases groups by activity and by area: by_activity marks a row per activity (areas summed
  // over), by_area a row per area, both the total.
  const caseTotal = cases.find((row) => row.by_activity && row.by_area);
  return {
    casesOfActivity: lookup(
      caseTotal,
      cases.filter((row) => row.by_activity && !row.by_area),
      (row) => row.activity_id,
    ),
    casesOfArea: lookup(
      caseTotal,
      cases.filter((row) => row.by_area && !row.by_activity),
      (row) => row.area_id,
    ),
    referrals: referralLookup(referrals),
    persons: lookup(
      persons.find((row) => row.is_total),
      persons.filter((row) => !row.is_total),
      (row) => row.activity_id,
    ),
    sessions: lookup(
      sessions.find((row) => row.is_total),
      sessions.filter((row) => !row.is_total),
      (row) => row.activity_id,
    ),
    areaEvents: lookup(
      events.find((row) => row.is_total),
      events.filter((row) => !row.is_total),
      (row) => row.area_id,
    ),
  };
}

function lookup<Row>(total: Row | undefined, rows: Row[], idOf: (row: Row) => Id): Lookup<Row> {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return { total, of: (id) => byId.get(id) };
}

/**
 * countReferrals groups by (activity, source), activity, source and nothing: by_activity marks a
 * row summed over sources (a row per activity), by_source one summed over activities.
 */
function referralLookup(rows: ReferralCountRow[]): ReferralLookup {
  const byActivity = new Map<string | null, Map<string | null, ReferralCountRow['referrals']>>();
  for (const row of rows) {
    const activityId = row.by_source ? null : row.activity_id;
    const source = row.by_activity ? null : row.source;
    const bySource = byActivity.get(activityId) ?? new Map();
    bySource.set(source, row.referrals);
    byActivity.set(activityId, bySource);
  }
  return { of: (activityId, source) => byActivity.get(activityId)?.get(source) };
}
