import path from 'node:path';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type pg from 'pg';
import { createDatabase, type Database } from './database.ts';
import { connectionStringOf, layoutOf } from './embedded-layout.ts';
import { DataDirInUseError, startEmbeddedServer } from './embedded-server.ts';

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
  /**
   * When a running Helhed server holds the data folder, connect to its PostgreSQL instead of
   * failing. For the CLI (`users add`, `backup` while `npm start` runs); never for `serve`.
   */
  attachToRunningServer?: boolean;
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
  const dataDir = resolveDataDir(options.dataDir);
  let server: Awaited<ReturnType<typeof startEmbeddedServer>>;
  try {
    server = await startEmbeddedServer({ dataDir, ...(options.log ? { log: options.log } : {}) });
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || !options.attachToRunningServer) throw error;
    return attachToRunningServer(dataDir, error);
  }
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

/** A client of the embedded server another Helhed process owns; closing it leaves that server running. */
async function attachToRunningServer(dataDir: string, inUse: DataDirInUseError): Promise<OpenDatabase> {
  const { db, pool } = createDatabase(connectionStringOf(layoutOf(dataDir), 'helhed'), 2);
  try {
    await sql`select 1`.execute(db);
  } catch {
    // The owner is still starting (or stopping): report the folder as in use, as before.
    await db.destroy();
    throw inUse;
  }
  return { db, pool, mode: 'embedded', close: () => db.destroy() };
}
