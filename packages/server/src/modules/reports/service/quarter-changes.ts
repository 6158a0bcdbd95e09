import { da, fill, OUTCOMES, REFERRAL_SOURCES } from '@helhed/core';
import type { AreaRow, QuarterMetrics, QuarterSection } from '../contract/quarterly.ts';

// What changed in a quarter's figures after its approval: the report's section as approved (kept
// in the approval) against the section built now, cell by cell. Both are the published,
// discretion-safe figures, so a change reads "x → 6", never a hidden count.

const c = da.reports.columns;
const t = da.quarterApproval.changes;

export type Figure = number | string | null;

export interface FigureChange {
  row: string;
  figure: string;
  before: Figure;
  after: Figure;
}

interface Cell {
  row: string;
  figure: string;
  value: Figure;
}

type Metrics = Partial<QuarterMetrics> &
  Partial<Pick<AreaRow, 'cksMeetings' | 'cksAttendees' | 'safetyContacts'>>;

function metricCells(row: string, key: string, metrics: Metrics): [string, Cell][] {
  const cells: [string, Cell][] = [];
  const add = (name: string, figure: string, value: Figure | undefined) => {
    if (value !== undefined) cells.push([`${key}|${name}`, { row, figure, value }]);
  };
  add('uniqueParticipants', c.uniqueParticipants, metrics.uniqueParticipants);
  add('referrals', c.referralsReceived, metrics.referralsReceived?.total);
  for (const source of REFERRAL_SOURCES) {
    const label = fill(t.source, { source: da.registration.referralSources[source] });
    add(`referrals.${source}`, label, metrics.referralsReceived?.bySource[source]);
  }
  add('casesStarted', c.casesStarted, metrics.casesStarted);
  add('casesActive', c.casesActive, metrics.casesActive);
  add('casesEnded', c.casesEnded, metrics.casesEnded);
  for (const outcome of OUTCOMES) {
    const label = fill(t.outcome, { outcome: da.registration.outcomes[outcome] });
    add(`outcomes.${outcome}`, label, metrics.outcomes?.[outcome]);
  }
  add('sessionsHeld', c.sessionsHeld, metrics.sessionsHeld);
  add('groupParticipants', c.groupParticipants, metrics.groupParticipants);
  add('attendance', c.attendance, metrics.attendance);
  add('volunteers', c.volunteers, metrics.volunteers);
  add('cksMeetings', c.cksMeetings, metrics.cksMeetings);
  add('cksAttendees', c.cksAttendees, metrics.cksAttendees);
  add('safetyContacts', c.safetyContacts, metrics.safetyContacts);
  return cells;
}

/** Every figure of a section by a stable key: activity and area rows by id, then the totals. */
function cellsOf(section: Pick<QuarterSection, 'activities' | 'areas' | 'totals'>): Map<string, Cell> {
  const cells: [string, Cell][] = [];
  for (const row of section.activities) {
    cells.push(...metricCells(row.activityName, `activity:${row.activityId}`, row));
  }
  for (const row of section.areas) {
    cells.push(...metricCells(fill(t.area, { area: row.areaName }), `area:${row.areaId ?? ''}`, row));
  }
  cells.push(...metricCells(t.totals, 'totals', section.totals));
  return new Map(cells);
}

/** The figures of the section as approved; what is kept in the approval. */
export function approvedFigures(section: QuarterSection): string {
  const { activities, areas, totals } = section;
  return JSON.stringify({ activities, areas, totals });
}

/** Each figure that differs between the approved section and the current one, in report order. */
export function figureChanges(approved: unknown, current: QuarterSection): FigureChange[] {
  const before = cellsOf(approved as QuarterSection);
  const after = cellsOf(current);
  const changes: FigureChange[] = [];
  for (const [key, cell] of after) {
    const old = before.get(key);
    if (!old || old.value !== cell.value) {
      changes.push({ row: cell.row, figure: cell.figure, before: old?.value ?? null, after: cell.value });
    }
  }
  for (const [key, cell] of before) {
    if (!after.has(key))
      changes.push({ row: cell.row, figure: cell.figure, before: cell.value, after: null });
  }
  return changes;
}
