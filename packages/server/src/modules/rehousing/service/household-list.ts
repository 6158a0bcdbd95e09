import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { listTeams } from '../../registration/index.ts';
import type { HouseholdSearch } from '../contract/requests.ts';
import type { HouseholdStatus } from '../contract/vocabularies.ts';
import { loadDomainEvents } from '../queries/events.ts';
import { type HouseholdRow, listHouseholds } from '../queries/households.ts';
import { today } from './clock.ts';
import { statusAsOf } from './domain/status.ts';
import { presentHousehold } from './presenters.ts';

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });
type Listed = { row: HouseholdRow; status: HouseholdStatus | null };
type SortValue = string | number | null;

const SORT_VALUES: Record<HouseholdSearch['sort'], (h: Listed) => SortValue> = {
  name: (h) => h.row.contact_name,
  phase: (h) => h.row.phase_name,
  persons: (h) => h.row.adults + h.row.children_0_5 + h.row.children_6_17,
  type: (h) =>
    da.rehousing.rehousingType[h.row.rehousing_type as keyof typeof da.rehousing.rehousingType] ?? null,
  status: (h) => (h.status ? da.rehousing.status[h.status] : null),
  responsible: (h) => h.row.responsible_name,
};

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

/**
 * One page of the households in the actor's scope. The status is today's, from the event history, so
 * the status filter, the order and the page are applied here; only the households on the page are
 * presented (and recorded as read).
 */
export async function householdList(db: Db, ctx: RequestContext, search: HouseholdSearch) {
  const { actor } = ctx;
  const rows = await listHouseholds(db, actor, search);
  const statuses = statusAsOf(await loadDomainEvents(db, actor.plan.id, search.phaseId), today());
  const listed: Listed[] = rows
    .map((row) => ({ row, status: statuses.get(row.id) ?? null }))
    .filter((h) => !search.status || h.status === search.status);
  const value = SORT_VALUES[search.sort];
  const sign = search.dir === 'desc' ? -1 : 1;
  listed.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    // Households without a value come last in either direction, as in the other lists.
    if (x === null || y === null) return compare(x, y) || a.row.id.localeCompare(b.row.id);
    return sign * compare(x, y) || a.row.id.localeCompare(b.row.id);
  });
  const page = listed.slice(search.offset, search.offset + search.limit);
  const names = new Map((await listTeams(db, actor.plan.id)).map((team) => [team.id, team.name]));
  return {
    households: page.map((h) => presentHousehold(ctx, h.row, names.get(h.row.team_id) ?? '', h.status)),
    total: listed.length,
  };
}
