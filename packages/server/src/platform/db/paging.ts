import { type OrderByItemBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Database, Db } from './database.ts';

/**
 * One page of an ordered, filtered query and the number of rows the filters match. The count runs
 * over the same query without its order, so the total and the page can never disagree about what
 * the actor may see (the scope is part of the query).
 */
export async function fetchPage<O>(
  db: Db,
  // biome-ignore lint/suspicious/noExplicitAny: any table set; the rows' type is what matters here.
  query: SelectQueryBuilder<Database, any, O>,
  paging: { limit: number; offset: number },
): Promise<{ rows: O[]; total: number }> {
  const [rows, counted] = await Promise.all([
    query.limit(paging.limit).offset(paging.offset).execute(),
    sql<{ total: string }>`select count(*) as total from (${query.clearOrderBy()}) as listed`.execute(db),
  ]);
  return { rows, total: Number(counted.rows[0]?.total ?? 0) };
}

/** The order-by modifier of a sort direction; rows without a value come last either way. */
export function direction(dir: 'asc' | 'desc') {
  return (ob: OrderByItemBuilder) => (dir === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsLast());
}
