import { type SafeCount, safeCount, suppressColumnWithTotal } from '@helhed/core';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { byOccurrence, type HouseholdEvent, TABLE_CELLS, type TableCell } from '../domain/events.ts';
import { effectiveEvents, type StatusTable, statusAsOf, tableAsOf } from '../domain/status.ts';
import { declineReasons, householdFacts, loadDomainEvents } from '../queries/events.ts';
import { findPhase } from '../queries/phases.ts';

/** Fremtidens Vollsmose up to 2030 (seed 004): 1.000 homes demolished, 2.500 residents rehoused. */
export const PROGRAMME_TARGETS = { homes: 1000, residents: 2500 } as const;

export interface SafeStatusTable {
  date: string;
  phaseId: string | null;
  /** True when the counts are exact (leaders); otherwise 1–4 are "<5" and totals cannot reveal them. */
  exact: boolean;
  cells: Record<TableCell, SafeCount>;
  total: SafeCount;
}

export function safeTable(
  table: StatusTable,
  exact: boolean,
): { cells: Record<TableCell, SafeCount>; total: SafeCount } {
  const parts = TABLE_CELLS.map((cell) => table[cell]);
  if (exact) {
    return {
      cells: Object.fromEntries(TABLE_CELLS.map((c, i) => [c, parts[i] as number])) as Record<
        TableCell,
        number
      >,
      total: table.total,
    };
  }
  const safe = suppressColumnWithTotal(parts, table.total);
  return {
    cells: Object.fromEntries(TABLE_CELLS.map((c, i) => [c, safe.parts[i] as SafeCount])) as Record<
      TableCell,
      SafeCount
    >,
    total: safe.total,
  };
}

/** Only leaders see exact counts; workers, administrators and readers the discretion-safe table. */
export function seesExactCounts(actor: Pick<SessionActor, 'role'>): boolean {
  return actor.role === 'leader';
}

async function checkedPhase(db: Db, planId: string, phaseId: string | null | undefined) {
  if (phaseId && !(await findPhase(db, planId, phaseId))) throw new AppError('NOT_FOUND');
  return phaseId ?? null;
}

export async function statusTable(
  db: Db,
  planId: string,
  phaseId: string | null | undefined,
  date: string,
  exact: boolean,
): Promise<SafeStatusTable> {
  const phase = await checkedPhase(db, planId, phaseId);
  const events = await loadDomainEvents(db, planId, phase);
  return { date, phaseId: phase, exact, ...safeTable(tableAsOf(events, date), exact) };
}

function monthEnds(from: string, to: string): string[] {
  const dates: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let i = 0; i < 120; i++) {
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

/** The same table at the end of every month from the first event up to `date`, for the chart. */
export async function statusSeries(
  db: Db,
  planId: string,
  phaseId: string | null | undefined,
  date: string,
  exact: boolean,
) {
  const phase = await checkedPhase(db, planId, phaseId);
  const events = await loadDomainEvents(db, planId, phase);
  const first = events.map((e) => e.occurredOn).sort()[0];
  if (!first || first > date) return [];
  return monthEnds(first, date).map((point) => ({
    date: point,
    ...safeTable(tableAsOf(events, point), exact),
  }));
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
 * discretion-safe for everyone but leaders; a median over fewer than five moves is not shown.
 */
export async function progress(
  db: Db,
  planId: string,
  phaseId: string | null | undefined,
  date: string,
  actor: SessionActor,
) {
  const phase = await checkedPhase(db, planId, phaseId);
  const exact = seesExactCounts(actor);
  const events = await loadDomainEvents(db, planId, phase);
  const statuses = statusAsOf(events, date);
  const facts = await householdFacts(db, planId, phase);
  let homes = 0;
  let residents = 0;
  for (const household of facts) {
    const status = statuses.get(household.id);
    if (status !== 'moved' && status !== 'returned') continue;
    homes += 1;
    residents += household.adults + household.children_0_5 + household.children_6_17;
  }
  const days = daysToMove(events, date);
  const show = (value: number) => (exact ? value : safeCount(value));
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
    homesVacated: show(homes),
    residentsMoved: show(residents),
    medianDaysToMove: exact || days.length >= 5 ? median(days) : null,
    declineReasons: [...reasons]
      .map(([reason, count]) => ({ reason, count: show(count) }))
      .sort((a, b) => a.reason.localeCompare(b.reason, 'da')),
  };
}
