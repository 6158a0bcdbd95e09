// The paging part every list's query string shares: a search text, a sort key the list names, a
// direction, and limit/offset. The answer carries the total, so no list is cut off silently.
import { da, fill } from '@helhed/core';
import { z } from 'zod';
import { looksLikeCpr } from './fields.ts';

export const PAGE_SIZE = 50;
export const PAGE_SIZE_MAX = 200;
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

const v = da.validation;

/**
 * A search text: trimmed, at most 200 characters, never a CPR number (a search ends up in the
 * address bar and the browser's history; Helhed holds no CPR numbers to find anyway).
 */
export const SearchText = z
  .string()
  .trim()
  .max(200, { error: v.tooLong })
  .refine((value) => !looksLikeCpr(value), { error: v.cprNotAllowed });

const sizeMessage = fill(v.pageSize, { max: PAGE_SIZE_MAX });

/** How many rows a page holds: 1 to PAGE_SIZE_MAX, PAGE_SIZE when not asked. */
export const PageLimit = z.coerce
  .number({ error: sizeMessage })
  .int({ error: sizeMessage })
  .min(1, { error: sizeMessage })
  .max(PAGE_SIZE_MAX, { error: sizeMessage })
  .default(PAGE_SIZE);

/** Where a page starts in the whole list (0 for the first). */
export const PageOffset = z.coerce
  .number({ error: v.pageOffset })
  .int({ error: v.pageOffset })
  .min(0, { error: v.pageOffset })
  .max(100_000_000, { error: v.pageOffset })
  .default(0);

/** Query-string fields of a paged list sorted by one of `sortKeys` (by default the first, ascending). */
export function pagedQuery<const K extends readonly [string, ...string[]]>(
  sortKeys: K,
  defaults: { sort?: K[number]; dir?: SortDirection } = {},
) {
  return {
    q: SearchText.optional(),
    sort: z.enum(sortKeys, { error: v.unknownSort }).default(defaults.sort ?? sortKeys[0]),
    dir: z.enum(SORT_DIRECTIONS, { error: v.invalidValue }).default(defaults.dir ?? 'asc'),
    limit: PageLimit,
    offset: PageOffset,
  };
}

/** The total number of rows the list's filters match, of which the answer holds one page. */
export const Total = z.number().int().min(0);

export interface Paging<K extends string = string> {
  sort: K;
  dir: SortDirection;
  limit: number;
  offset: number;
}
