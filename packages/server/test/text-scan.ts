import { sql } from 'kysely';
import type { Db } from '../src/platform/db/database.ts';

export interface TextHit {
  table: string;
  column: string;
  needle: string;
}

/**
 * Every place a text survives, as a data protection officer would look: each text, JSON, array
 * and network column of every table in the database, read as text, searched for each needle
 * (case-insensitive). Tables in `except` are left out (e.g. the staff contact list).
 */
export async function findTexts(db: Db, needles: readonly string[], except: readonly string[] = []) {
  const columns = await sql<{ table: string; column: string }>`
    select c.table_name as table, c.column_name as column from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and (c.data_type in ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'inet')
           or c.udt_name in ('citext'))
    order by 1, 2`.execute(db);
  const hits: TextHit[] = [];
  for (const { table, column } of columns.rows) {
    if (except.includes(table)) continue;
    for (const needle of needles) {
      const found = await sql<{ n: string }>`
        select count(*) as n from ${sql.table(table)}
        where ${sql.ref(column)}::text ilike ${`%${needle}%`}`.execute(db);
      if (Number(found.rows[0]?.n ?? 0) > 0) hits.push({ table, column, needle });
    }
  }
  return hits;
}
