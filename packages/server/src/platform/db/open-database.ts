import path from 'node:path';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { createDatabase, type Database } from './database.ts';
import { startEmbeddedServer } from './embedded-server.ts';

export interface OpenDatabase {
  db: Kysely<Database>;
  pool: pg.Pool;
  /** "embedded" (own PostgreSQL in a data folder) or "server" (DATABASE_URL). */
  mode: 'embedded' | 'server';
  /** Closes the pool and, in embedded mode, stops the PostgreSQL server it started. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  log?: (message: string) => void;
}

export function resolveDataDir(dataDir: string | undefined): string {
  return path.resolve(dataDir ?? process.env.HELHED_DATA_DIR ?? '.helhed-data');
}

/** Opens the database: an existing server when a URL is given, else the embedded one. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<OpenDatabase> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (url) {
    const { db, pool } = createDatabase(url);
    return { db, pool, mode: 'server', close: () => db.destroy() };
  }
  const server = await startEmbeddedServer({
    dataDir: resolveDataDir(options.dataDir),
    ...(options.log ? { log: options.log } : {}),
  });
  const { db, pool } = createDatabase(server.connectionString);
  return {
    db,
    pool,
    mode: 'embedded',
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}
