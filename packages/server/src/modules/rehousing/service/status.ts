import { type SafeCount, safeCount } from '@helhed/core';
import type { RequestContext, SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { TableCell } from '../contract/vocabularies.ts';
import { declineReasons, loadDomainEvents } from '../queries/events.ts';
import { findPhase } from '../queries/phases.ts';
import { today } from './clock.ts';
import { byOccurrence, type HouseholdEvent } from './domain/events.ts';
import { effectiveEvents } from './domain/status.ts';
import { publishedStatus } from './status-discretion.ts';

/** Fremtidens Vollsmose up to 2030 (seed 004): 1.000 homes demolished, 2.500 residents rehoused. */
export const PROGRAMME_TARGETS = { homes: 1000, residents: 2500 } as const;

export interface SafeStatusTable {
  date: string;
  phaseId: string | null;
  /** True when the counts are exact (leaders); otherwise LP-audited discretion (decision 0017). */
  exact: boolean;
  /** HELHED_DISCRETION_THRESHOLD, named in every footnote. */
  threshold: number;
  cells: Record<TableCell, SafeCount>;
  total: SafeCount;
}

/** Only leaders see exact counts; workers, administrators and readers the discretion-safe table. */
export function seesExactCounts(actor: Pick<SessionActor, 'role'>): boolean {
  return actor.role === 'leader';
}

async function checkedPhase(db: Db, planId: string, phaseId: string | null | undefined) {
  if (phaseId && !(await findPhase(db, planId, phaseId))) throw new AppError('NOT_FOUND');
  return phaseId ?? null;
}

/** Table, series and progress counts of one phase on one date, suppressed together. */
async function published(
  db: Db,
  planId: string,
  phaseId: string | null | undefined,
  date: string,
  exact: boolean,
) {
  const phase = await checkedPhase(db, planId, phaseId);
  const events = await loadDomainEvents(db, planId, phase);
  const first = events.map((e) => e.occurredOn).sort()[0];
  const dates = first && first <= date ? monthEnds(first, date) : [date];
  return { phase, first, ...(await publishedStatus(db, planId, phase, events, dates, exact)) };
}

export async function statusTable(
  db: Db,
  planId: string,
  phaseId: string | null | undefined,
  date: string,
  exact: boolean,
): Promise<SafeStatusTable> {
  const view = await published(db, planId, phaseId, date, exact);
  return { date, phaseId: view.phase, exact, threshold: view.threshold, ...view.table };
}

/**
 * The month-ends the series publishes: the last SERIES_MONTHS before `to`, and `to` itself. The
 * window bounds the LP audit of the linked tables (bench/rehousing-status.ts: 24 distinct months
 * audit in about a second, 120 in close to a minute, which would hold up the whole server).
 */
export const SERIES_MONTHS = 24;

function monthEnds(from: string, to: string): string[] {
  const dates: string[] = [];
  const [toYear, toMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  // Start no earlier than SERIES_MONTHS month-ends before `to`.
  const earliest = toYear * 12 + toMonth - 1 - SERIES_MONTHS;
  if (year * 12 + month - 1 < earliest) {
    year = Math.floor(earliest / 12);
    month = (earliest % 12) + 1;
  }
  for (;;) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end >= to) break;
    dates.push(end);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  dates.push(to);
  return dates;
}

/** The same table at the end of each of the last SERIES_MONTHS months up to `date`, for the chart. */
export async function statusSeries(
  db: Db,
  planId: string,
  phaseId: string | null | undefined,
  date: string,
  exact: boolean,
) {
  const view = await published(db, planId, phaseId, date, exact);
  return view.first && view.first <= date ? view.series : [];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Days from each moved household's first offer to its move, up to `date` (effective events only). */
export function daysToMove(events: readonly HouseholdEvent[], date: string): number[] {
  const first = new Map<string, string>();
  const days: number[] = [];
  for (const event of effectiveEvents(events).sort(byOccurrence)) {
    if (event.occurredOn > date) break;
    if (event.type === 'offer_made' && !first.has(event.householdId))
      first.set(event.householdId, event.occurredOn);
    if (event.type === 'moved') {
      const offered = first.get(event.householdId);
      if (offered) days.push(daysBetween(offered, event.occurredOn));
    }
  }
  return days;
}

/**
 * Progress toward the programme's targets, the median time from first offer to move, and (for those
 * who may see personal data) the decline reasons. Counts of households and residents are
 * suppressed together with the table and the series for everyone but leaders; a median over fewer
 * moves than the threshold is not shown.
 */
export async function progress(
  db: Db,
  planId: string,
  phaseId: string | null | undefined,
  date: string,
  actor: SessionActor,
) {
  const exact = seesExactCounts(actor);
  const view = await published(db, planId, phaseId, date, exact);
  const phase = view.phase;
  const events = await loadDomainEvents(db, planId, phase);
  const days = daysToMove(events, date);
  const show = (value: number) => (exact ? value : safeCount(value, view.threshold));
  const reasons = new Map<string, number>();
  // Free text: only from households in the actor's own scope (none for readers), and only declines
  // that still count (not voided) and happened on or before the date.
  if (actor.role === 'leader' || actor.role === 'worker') {
    const counted = new Set(effectiveEvents(events).map((e) => e.id));
    for (const row of await declineReasons(db, actor, phase)) {
      if (!counted.has(row.id) || row.occurred_on > date) continue;
      const reason = row.reason?.trim() || '—';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  return {
    date,
    phaseId: phase,
    targets: PROGRAMME_TARGETS,
    homesVacated: view.homesVacated,
    residentsMoved: view.residentsMoved,
    medianDaysToMove: exact || days.length >= view.threshold ? median(days) : null,
    declineReasons: [...reasons]
      .map(([reason, count]) => ({ reason, count: show(count) }))
      .sort((a, b) => a.reason.localeCompare(b.reason, 'da')),
  };
}

/** The status page on a date (today unless given): exact counts for leaders, discretion-safe for others. */
export async function statusView(db: Db, ctx: RequestContext, query: { phaseId?: string; date?: string }) {
  const { actor } = ctx;
  const date = query.date ?? today();
  const exact = seesExactCounts(actor);
  const [table, series, progressView] = await Promise.all([
    statusTable(db, actor.plan.id, query.phaseId, date, exact),
    statusSeries(db, actor.plan.id, query.phaseId, date, exact),
    progress(db, actor.plan.id, query.phaseId, date, actor),
  ]);
  return { table, series, progress: progressView };
}
