import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

const MIGRATION_TABLES = ['schema_migration', 'schema_migration_lock'];

/** The application's tables, parents before children, so rows can be restored in this order. */
export async function listTablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by c.relname`.execute(db);
  const edges = await sql<{ child: string; parent: string }>`
    select con.conrelid::regclass::text as child, con.confrelid::regclass::text as parent
    from pg_constraint con join pg_namespace n on n.oid = con.connamespace
    where con.contype = 'f' and n.nspname = 'public'`.execute(db);
  const names = tables.rows.map((r) => r.name).filter((t) => !MIGRATION_TABLES.includes(t));
  const parents = new Map(names.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of edges.rows) if (child !== parent) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table)) return;
    if (path.has(table)) throw new Error(`Foreign-key cycle at ${table}`);
    path.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, path);
    path.delete(table);
    ordered.push(table);
  };
  for (const table of names) visit(table, new Set());
  return ordered;
}

/** All rows of a table as JSON, in primary-key order (what the tests compare a restore with). */
export async function readTableAsJson(db: Db, table: string): Promise<unknown[]> {
  const result = await sql<{ rows: unknown[] }>`
    select coalesce(jsonb_agg(to_jsonb(t) order by t), '[]'::jsonb) as rows from ${sql.table(table)} t`.execute(
    db,
  );
  return result.rows[0]?.rows ?? [];
}

/** Rows per query while a backup reads a table; few where a row may hold a file (bytea). */
const ROWS_PER_QUERY = 2000;
const ROWS_PER_QUERY_WITH_FILES = 4;
/** A backup line is closed at about this many characters, so no line (and no string) grows unbounded. */
const LINE_CHARS = 32 * 1024 * 1024;

/**
 * A table's rows as JSON texts in batches, each a line of the backup: read in physical order (ctid,
 * stable inside the backup's repeatable-read transaction) a few rows at a time, so a table of stored
 * PDFs (document_version, up to 10 MB a row) or a long audit log is never one JSON value in the
 * database or one string in Node. A table gives at least one batch, empty when it has no rows.
 */
export async function* readTableInBatches(db: Db, table: string): AsyncGenerator<string[]> {
  const withFiles = await sql<{ found: boolean }>`
    select exists (select 1 from pg_attribute
      where attrelid = ${table}::regclass and atttypid = 'bytea'::regtype and not attisdropped) as found`.execute(
    db,
  );
  const limit = withFiles.rows[0]?.found ? ROWS_PER_QUERY_WITH_FILES : ROWS_PER_QUERY;
  let after = '(0,0)';
  let batch: string[] = [];
  let chars = 0;
  let yielded = false;
  for (;;) {
    const result = await sql<{ tid: string; row: string }>`
      select t.ctid::text as tid, to_jsonb(t)::text as row from ${sql.table(table)} t
      where t.ctid > ${after}::tid order by t.ctid limit ${limit}`.execute(db);
    for (const { row } of result.rows) {
      if (batch.length > 0 && chars + row.length > LINE_CHARS) {
        yield batch;
        yielded = true;
        batch = [];
        chars = 0;
      }
      batch.push(row);
      chars += row.length;
    }
    const last = result.rows.at(-1);
    if (!last || result.rows.length < limit) break;
    after = last.tid;
  }
  if (batch.length > 0 || !yielded) yield batch;
}

export async function countRows(db: Db, table: string): Promise<number> {
  const result = await sql<{ count: string }>`select count(*) as count from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.count ?? 0);
}

/** Only inside a restore, with triggers paused: the rows a backup replaces. */
export async function deleteAllRows(db: Db, table: string): Promise<void> {
  await sql`delete from ${sql.table(table)}`.execute(db);
}

export async function insertRowsFromJson(db: Db, table: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  const t = sql.table(table);
  await sql`insert into ${t} overriding system value
    select * from jsonb_populate_recordset(null::${t}, ${JSON.stringify(rows)}::jsonb)`.execute(db);
}

/** After rows came in with their own ids, identity sequences must continue above them. */
export async function resetIdentitySequences(db: Db, table: string): Promise<void> {
  const columns = await sql<{ column: string }>`
    select a.attname as column from pg_attribute a
    where a.attrelid = ${table}::regclass and a.attidentity <> '' and not a.attisdropped`.execute(db);
  for (const { column } of columns.rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}),
      coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}
