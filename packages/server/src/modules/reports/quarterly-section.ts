import { da, OUTCOMES, REFERRAL_SOURCES } from '@helhed/core';
import type { Db } from '../../platform/db/database.ts';
import { discretionOptions } from '../../platform/discretion.ts';
import type { AreaRow, QuarterSection } from './contract.ts';
import { CountBook, toCount } from './count-book.ts';
import type { Quarter } from './quarter.ts';
import {
  type ActivityLine,
  type AreaLine,
  countAreaEvents,
  countCases,
  countPersons,
  countReferrals,
  countSessions,
} from './queries-quarterly.ts';
import { type Regrouping, regroupRows } from './regroup.ts';

const CASE_COLUMNS = ['started', 'active', 'ended'] as const;
const CASE_COUNTS = ['started', 'active', 'ended', ...OUTCOMES.map((_, index) => `outcome_${index}`)];
const PERSON_COUNTS = ['unique_participants', 'group_participants', 'volunteers'];
const SESSION_COUNTS = ['sessions_held', 'attendance'];
const EVENT_COUNTS = ['cks_meetings', 'cks_attendees', 'safety_contacts'];

type Handles = { started: number; active: number; ended: number; outcomes: number[] };

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
  const [cases, referrals, persons, sessions, events] = await Promise.all([
    countCases(db, planIds, period).then((rows) => regroupRows(rows, grouping, CASE_COUNTS)),
    countReferrals(db, planIds, period).then((rows) => regroupRows(rows, grouping, ['referrals'])),
    countPersons(db, planIds, period).then((rows) => regroupRows(rows, grouping, PERSON_COUNTS)),
    countSessions(db, planIds, period).then((rows) => regroupRows(rows, grouping, SESSION_COUNTS)),
    countAreaEvents(db, planIds, period).then((rows) => regroupRows(rows, grouping, EVENT_COUNTS)),
  ]);
  const book = new CountBook(await discretionOptions());

  // Forløb: activity rows, area rows (plus "no area" when it has any) and the total.
  const caseRow = (row: (typeof cases)[number] | undefined): Handles => ({
    started: book.cell(row?.started),
    active: book.cell(row?.active),
    ended: book.cell(row?.ended),
    outcomes: OUTCOMES.map((_, index) => book.cell(row?.[`outcome_${index}`])),
  });
  const caseTotal = caseRow(cases.find((row) => row.by_activity && row.by_area));
  const casesOfActivity = new Map(
    cases.filter((row) => row.by_activity && !row.by_area).map((row) => [row.activity_id, row]),
  );
  const casesOfArea = new Map(
    cases.filter((row) => row.by_area && !row.by_activity).map((row) => [row.area_id, row]),
  );
  const caseByActivity = activities.map((activity) => caseRow(casesOfActivity.get(activity.id)));
  const unknownAreaCases = casesOfArea.get(null);
  const eventTotal = events.find((row) => row.is_total);
  const unknownAreaEvents = events.find((row) => !row.is_total && row.area_id === null);
  const areaLines: (AreaLine | null)[] = [...areas];
  if (
    toCount(unknownAreaCases?.active) > 0 ||
    toCount(unknownAreaEvents?.cks_meetings) + toCount(unknownAreaEvents?.safety_contacts) > 0
  ) {
    areaLines.push(null);
  }
  const caseByArea = areaLines.map((area) => caseRow(area ? casesOfArea.get(area.id) : unknownAreaCases));
  for (const group of [caseByActivity, caseByArea]) {
    for (const column of CASE_COLUMNS) {
      book.sum(
        caseTotal[column],
        group.map((handles) => handles[column]),
      );
    }
    OUTCOMES.forEach((_, index) => {
      book.sum(
        caseTotal.outcomes[index] as number,
        group.map((handles) => handles.outcomes[index] as number),
      );
    });
  }
  // A reader who keeps every quarter knows the forløb carried from one quarter into the next (the
  // active that neither started nor ended): each quarter is audited as if those were known.
  for (const handles of [caseTotal, ...caseByActivity, ...caseByArea]) {
    book.sum(handles.ended, handles.outcomes);
    book.knownRest(handles.active, handles.started);
    book.knownRest(handles.active, handles.ended);
  }

  // Referrals: activity × source with row totals and the total row.
  const referralIndex = new Map(
    referrals.map((row) => [
      `${row.by_activity ? '' : (row.source ?? '')}|${row.by_source ? '' : (row.activity_id ?? '')}`,
      row.referrals,
    ]),
  );
  const referralRow = (activityId: string | null) => ({
    total: book.cell(referralIndex.get(`|${activityId ?? ''}`)),
    sources: REFERRAL_SOURCES.map((source) => book.cell(referralIndex.get(`${source}|${activityId ?? ''}`))),
  });
  const referralTotal = referralRow(null);
  const referralByActivity = activities.map((activity) => referralRow(activity.id));
  for (const row of [referralTotal, ...referralByActivity]) book.sum(row.total, row.sources);
  book.sum(
    referralTotal.total,
    referralByActivity.map((row) => row.total),
  );
  REFERRAL_SOURCES.forEach((_, index) => {
    book.sum(
      referralTotal.sources[index] as number,
      referralByActivity.map((row) => row.sources[index] as number),
    );
  });

  // Attendance adds up over activities; CKS attendees over areas.
  const sessionTotal = sessions.find((row) => row.is_total);
  const attendanceTotal = book.cell(sessionTotal?.attendance);
  const sessionIndex = new Map(sessions.filter((row) => !row.is_total).map((row) => [row.activity_id, row]));
  const sessionOf = (id: string) => sessionIndex.get(id);
  const attendanceByActivity = activities.map((activity) => book.cell(sessionOf(activity.id)?.attendance));
  book.sum(attendanceTotal, attendanceByActivity);
  const eventIndex = new Map(events.filter((row) => !row.is_total).map((row) => [row.area_id, row]));
  const eventOf = (area: AreaLine | null) => eventIndex.get(area?.id ?? null);
  const cksTotal = book.cell(eventTotal?.cks_attendees);
  const cksByArea = areaLines.map((area) => book.cell(eventOf(area)?.cks_attendees));
  book.sum(cksTotal, cksByArea);

  const personIndex = new Map(persons.map((row) => [row.is_total ? 'total' : row.activity_id, row]));
  const personOf = (id: string | null) => personIndex.get(id ?? 'total');
  const casesOut = (handles: Handles) => ({
    casesStarted: book.get(handles.started),
    casesActive: book.get(handles.active),
    casesEnded: book.get(handles.ended),
    outcomes: Object.fromEntries(
      OUTCOMES.map((outcome, index) => [outcome, book.get(handles.outcomes[index] as number)]),
    ) as QuarterSection['totals']['outcomes'],
  });
  const referralsOut = (row: typeof referralTotal) => ({
    total: book.get(row.total),
    bySource: Object.fromEntries(
      REFERRAL_SOURCES.map((source, index) => [source, book.get(row.sources[index] as number)]),
    ) as QuarterSection['totals']['referralsReceived']['bySource'],
  });
  // Distinct persons: no sums, but an activity's persons are at most the quarter's, and the persons
  // at group sessions at most the attendances. Those bounds are given to the audit too.
  const personCells = (id: string | null) => {
    const row = personOf(id);
    return {
      unique: book.cell(row?.unique_participants),
      group: book.cell(row?.group_participants),
      volunteers: book.cell(row?.volunteers),
    };
  };
  const personTotal = personCells(null);
  const personByActivity = activities.map((activity) => personCells(activity.id));
  book.atMost(personTotal.group, attendanceTotal);
  personByActivity.forEach((cells, index) => {
    book.atMost(cells.unique, personTotal.unique);
    book.atMost(cells.group, personTotal.group);
    book.atMost(cells.volunteers, personTotal.volunteers);
    book.atMost(cells.group, attendanceByActivity[index] as number);
  });
  const personsOut = (cells: typeof personTotal) => ({
    uniqueParticipants: book.get(cells.unique),
    groupParticipants: book.get(cells.group),
    volunteers: book.get(cells.volunteers),
  });

  return {
    quarter: quarter.key,
    discretionThreshold: book.threshold,
    period,
    activities: activities.map((activity, index) => ({
      activityId: activity.id,
      activityName: activity.name,
      focusAreaId: activity.focus_area_id,
      focusAreaName: activity.focus_area_name,
      planName: activity.plan_name,
      ...personsOut(personByActivity[index] as typeof personTotal),
      referralsReceived: referralsOut(referralByActivity[index] as typeof referralTotal),
      ...casesOut(caseByActivity[index] as Handles),
      sessionsHeld: toCount(sessionOf(activity.id)?.sessions_held),
      attendance: book.get(attendanceByActivity[index] as number),
    })),
    areas: areaLines.map(
      (area, index): AreaRow => ({
        areaId: area?.id ?? null,
        areaName: area?.name ?? da.reports.unknownArea,
        planName: area?.plan_name ?? '',
        ...casesOut(caseByArea[index] as Handles),
        cksMeetings: toCount(eventOf(area)?.cks_meetings),
        cksAttendees: book.get(cksByArea[index] as number),
        safetyContacts: toCount(eventOf(area)?.safety_contacts),
      }),
    ),
    totals: {
      ...personsOut(personTotal),
      referralsReceived: referralsOut(referralTotal),
      ...casesOut(caseTotal),
      sessionsHeld: toCount(sessionTotal?.sessions_held),
      attendance: book.get(attendanceTotal),
      cksMeetings: toCount(eventTotal?.cks_meetings),
      cksAttendees: book.get(cksTotal),
      safetyContacts: toCount(eventTotal?.safety_contacts),
    },
  };
}
