import { da, OUTCOMES, REFERRAL_SOURCES, type SafeCount } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { discretionOptions } from '../../../platform/discretion.ts';
import type { ActivityRow, AreaRow, QuarterMetrics, QuarterSection } from '../contract/quarterly.ts';
import {
  type ActivityLine,
  type AreaLine,
  type CaseCountRow,
  outcomeColumn,
  type PersonCountRow,
} from '../queries/quarterly.ts';
import { CountBook, toCount } from './count-book.ts';
import type { Quarter } from './quarter.ts';
import { fetchQuarterCounts, type QuarterCounts } from './quarter-counts.ts';
import type { Regrouping } from './regroup.ts';

type Outcome = (typeof OUTCOMES)[number];
type ReferralSource = (typeof REFERRAL_SOURCES)[number];

// A report row's cells (CountBook handles), per table.
type Cells<Key extends string> = Record<Key, number>;
type CaseCells = Cells<'started' | 'active' | 'ended'> & { outcomes: Cells<Outcome> };
type ReferralCells = { total: number; bySource: Cells<ReferralSource> };
type PersonCells = Cells<'unique' | 'group' | 'volunteers'>;

const CASE_COLUMNS = ['started', 'active', 'ended'] as const;

/**
 * One quarter's leverancemåling for the given activities and areas. Runs the five aggregate
 * queries in parallel, then puts every count of persons through one CountBook with the sums that
 * hold: activity rows and area rows each add up to the total row, each row's outcomes add up to
 * its ended forløb, each activity's referrals by source add up to its referrals, and attendance
 * adds up over activities. Unique participants, group participants and volunteers are distinct
 * persons, not sums: they enter with the bounds that hold (an activity's at most the total's).
 */
export async function buildQuarterSection(
  db: Db,
  planIds: string[],
  quarter: Quarter,
  activities: ActivityLine[],
  areas: AreaLine[],
  grouping?: Regrouping,
): Promise<QuarterSection> {
  const period = { start: quarter.start, end: quarter.end };
  const counts = await fetchQuarterCounts(db, planIds, period, grouping);
  const book = new CountBook(await discretionOptions());
  // The cells enter the book table by table, always in this order; each step adds its cells to
  // every activity (or area) row of the step before.
  const cases = declareCases(book, counts, activities, areaLinesOf(areas, counts));
  const referrals = declareReferrals(book, counts, cases.activities);
  const attendance = declareAttendance(book, counts, referrals.activities);
  const cks = declareCksAttendees(book, counts, cases.areas);
  const persons = declarePersons(book, counts, attendance.activities, attendance.total);
  await book.settle();

  const get = (cell: number) => book.get(cell);
  const sessions = counts.sessions.total;
  const events = counts.areaEvents.total;
  return {
    quarter: quarter.key,
    discretionThreshold: book.threshold,
    period,
    activities: persons.activities.map(
      (row): ActivityRow => ({
        activityId: row.activity.id,
        activityName: row.activity.name,
        focusAreaId: row.activity.focus_area_id,
        focusAreaName: row.activity.focus_area_name,
        planName: row.activity.plan_name,
        ...publishPersons(row.persons, get),
        referralsReceived: publishReferrals(row.referrals, get),
        ...publishCases(row.cases, get),
        sessionsHeld: toCount(counts.sessions.of(row.activity.id)?.sessions_held),
        attendance: get(row.attendance),
      }),
    ),
    areas: cks.areas.map((row): AreaRow => {
      const areaEvents = counts.areaEvents.of(row.area?.id ?? null);
      return {
        areaId: row.area?.id ?? null,
        areaName: row.area?.name ?? da.reports.unknownArea,
        planName: row.area?.plan_name ?? '',
        ...publishCases(row.cases, get),
        cksMeetings: toCount(areaEvents?.cks_meetings),
        cksAttendees: get(row.cksAttendees),
        safetyContacts: toCount(areaEvents?.safety_contacts),
      };
    }),
    totals: {
      ...publishPersons(persons.total, get),
      referralsReceived: publishReferrals(referrals.total, get),
      ...publishCases(cases.total, get),
      sessionsHeld: toCount(sessions?.sessions_held),
      attendance: get(attendance.total),
      cksMeetings: toCount(events?.cks_meetings),
      cksAttendees: get(cks.total),
      safetyContacts: toCount(events?.safety_contacts),
    },
  };
}

/** The plan's areas, plus null ("no area") when forløb, CKS meetings or contacts had none. */
function areaLinesOf(areas: AreaLine[], counts: QuarterCounts): (AreaLine | null)[] {
  const cases = counts.casesOfArea.of(null);
  const events = counts.areaEvents.of(null);
  const unknownArea =
    toCount(cases?.active) > 0 || toCount(events?.cks_meetings) + toCount(events?.safety_contacts) > 0;
  return unknownArea ? [...areas, null] : [...areas];
}

/**
 * Forløb: activity rows and area rows (plus "no area") each add up to the total, column by
 * column; in every row the outcomes add up to the ended forløb.
 */
function declareCases(
  book: CountBook,
  counts: QuarterCounts,
  activities: ActivityLine[],
  areas: (AreaLine | null)[],
) {
  const cells = (row: CaseCountRow | undefined): CaseCells => ({
    started: book.cell(row?.started),
    active: book.cell(row?.active),
    ended: book.cell(row?.ended),
    outcomes: recordOf(OUTCOMES, (_, index) => book.cell(row?.[outcomeColumn(index)])),
  });
  const total = cells(counts.casesOfActivity.total);
  const byActivity = activities.map((activity) => ({
    activity,
    cases: cells(counts.casesOfActivity.of(activity.id)),
  }));
  const byArea = areas.map((area) => ({ area, cases: cells(counts.casesOfArea.of(area?.id ?? null)) }));
  const activityCases = byActivity.map((row) => row.cases);
  const areaCases = byArea.map((row) => row.cases);
  for (const rows of [activityCases, areaCases]) {
    for (const column of CASE_COLUMNS) {
      addsUp(book, total[column], rows, (cases) => cases[column]);
    }
    for (const outcome of OUTCOMES) {
      addsUp(book, total.outcomes[outcome], rows, (cases) => cases.outcomes[outcome]);
    }
  }
  // A reader who keeps every quarter knows the forløb carried from one quarter into the next (the
  // active that neither started nor ended): each quarter is audited as if those were known.
  for (const cases of [total, ...activityCases, ...areaCases]) {
    addsUp(book, cases.ended, OUTCOMES, (outcome) => cases.outcomes[outcome]);
    book.knownRest(cases.active, cases.started);
    book.knownRest(cases.active, cases.ended);
  }
  return { total, activities: byActivity, areas: byArea };
}

/** Referrals: activity × source, with a total per activity and per source and the total row. */
function declareReferrals<Row extends { activity: ActivityLine }>(
  book: CountBook,
  counts: QuarterCounts,
  rows: Row[],
) {
  const cells = (activityId: string | null): ReferralCells => ({
    total: book.cell(counts.referrals.of(activityId, null)),
    bySource: recordOf(REFERRAL_SOURCES, (source) => book.cell(counts.referrals.of(activityId, source))),
  });
  const total = cells(null);
  const activities = rows.map((row) => ({ ...row, referrals: cells(row.activity.id) }));
  for (const row of [total, ...activities.map((r) => r.referrals)]) {
    addsUp(book, row.total, REFERRAL_SOURCES, (source) => row.bySource[source]);
  }
  addsUp(book, total.total, activities, (row) => row.referrals.total);
  for (const source of REFERRAL_SOURCES) {
    addsUp(book, total.bySource[source], activities, (row) => row.referrals.bySource[source]);
  }
  return { total, activities };
}

/** Attendances at group sessions (person × session): they add up over activities. */
function declareAttendance<Row extends { activity: ActivityLine }>(
  book: CountBook,
  counts: QuarterCounts,
  rows: Row[],
) {
  const total = book.cell(counts.sessions.total?.attendance);
  const activities = rows.map((row) => ({
    ...row,
    attendance: book.cell(counts.sessions.of(row.activity.id)?.attendance),
  }));
  addsUp(book, total, activities, (row) => row.attendance);
  return { total, activities };
}

/** Attendees of CKS network meetings: they add up over areas. */
function declareCksAttendees<Row extends { area: AreaLine | null }>(
  book: CountBook,
  counts: QuarterCounts,
  rows: Row[],
) {
  const total = book.cell(counts.areaEvents.total?.cks_attendees);
  const areas = rows.map((row) => ({
    ...row,
    cksAttendees: book.cell(counts.areaEvents.of(row.area?.id ?? null)?.cks_attendees),
  }));
  addsUp(book, total, areas, (row) => row.cksAttendees);
  return { total, areas };
}

/**
 * Distinct persons: no sums, but an activity's persons are at most the quarter's, and the persons
 * at group sessions at most the attendances. Those bounds are given to the audit too.
 */
function declarePersons<Row extends { activity: ActivityLine; attendance: number }>(
  book: CountBook,
  counts: QuarterCounts,
  rows: Row[],
  attendanceTotal: number,
) {
  const cells = (row: PersonCountRow | undefined): PersonCells => ({
    unique: book.cell(row?.unique_participants),
    group: book.cell(row?.group_participants),
    volunteers: book.cell(row?.volunteers),
  });
  const total = cells(counts.persons.total);
  const activities = rows.map((row) => ({ ...row, persons: cells(counts.persons.of(row.activity.id)) }));
  book.atMost(total.group, attendanceTotal);
  for (const { persons, attendance } of activities) {
    book.atMost(persons.unique, total.unique);
    book.atMost(persons.group, total.group);
    book.atMost(persons.volunteers, total.volunteers);
    book.atMost(persons.group, attendance);
  }
  return { total, activities };
}

/** Declares that cell `total` is the sum of one cell of each of `rows`. */
function addsUp<Row>(book: CountBook, total: number, rows: readonly Row[], cell: (row: Row) => number): void {
  book.sum(total, rows.map(cell));
}

type Published = (cell: number) => SafeCount;

function publishCases(cells: CaseCells, get: Published) {
  return {
    casesStarted: get(cells.started),
    casesActive: get(cells.active),
    casesEnded: get(cells.ended),
    outcomes: recordOf(OUTCOMES, (outcome) => get(cells.outcomes[outcome])),
  };
}

function publishReferrals(cells: ReferralCells, get: Published): QuarterMetrics['referralsReceived'] {
  return {
    total: get(cells.total),
    bySource: recordOf(REFERRAL_SOURCES, (source) => get(cells.bySource[source])),
  };
}

function publishPersons(cells: PersonCells, get: Published) {
  return {
    uniqueParticipants: get(cells.unique),
    groupParticipants: get(cells.group),
    volunteers: get(cells.volunteers),
  };
}

/** A record over a vocabulary, filled in the vocabulary's order. */
function recordOf<Key extends string, Value>(
  keys: readonly Key[],
  value: (key: Key, index: number) => Value,
): Record<Key, Value> {
  const record = {} as Record<Key, Value>;
  keys.forEach((key, index) => {
    record[key] = value(key, index);
  });
  return record;
}
