import { da, fill } from '@helhed/core';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type pg from 'pg';
import { createDatabase, type Database } from './database.ts';
import { resolveDataDir, takeEarlyStart } from './early-start.ts';
import { connectionStringOf, layoutOf } from './embedded-layout.ts';
import { DataDirInUseError, startEmbeddedServer } from './embedded-server.ts';
import { migrateAndGrant } from './migrate.ts';
import { describeConnection, roleNamesFor } from './roles.ts';

export interface OpenDatabase {
  /** The runtime role (decision 0014): no DDL, no TRUNCATE, the audit log only read and appended. */
  db: Kysely<Database>;
  pool: pg.Pool;
  /** "embedded" (own PostgreSQL in a data folder) or "server" (DATABASE_URL). */
  mode: 'embedded' | 'server';
  /** Runs fn on a connection as the owner: restore and bulk loads, which pause triggers. */
  asOwner<T>(fn: (owner: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Closes the pool and, in embedded mode, stops the PostgreSQL server it started. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** The owner's URL for migrations (HELHED_MIGRATION_URL); without it DATABASE_URL migrates too. */
  migrationUrl?: string | undefined;
  dataDir?: string | undefined;
  log?: (message: string) => void;
  /**
   * When a running Helhed server holds the data folder, connect to its PostgreSQL instead of
   * failing. For the CLI (`users add`, `backup` while `npm start` runs); never for `serve`.
   */
  attachToRunningServer?: boolean;
}

/** Runs fn on a short-lived pool of the owner's URL. */
function ownerRunner(ownerUrl: string) {
  return async <T>(fn: (owner: Kysely<Database>) => Promise<T>): Promise<T> => {
    const { db } = createDatabase(ownerUrl, 2);
    try {
      return await fn(db);
    } finally {
      await db.destroy();
    }
  };
}

/**
 * Opens the database — an existing server when a URL is given, else the embedded one — brings its schema
 * up to date as the owner, grants the runtime role and returns the runtime role's connection.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => undefined);
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (url) {
    const migrationUrl = options.migrationUrl ?? (process.env.HELHED_MIGRATION_URL || undefined);
    const { db, pool } = createDatabase(url);
    try {
      const runtime = await describeConnection(db);
      const asOwner = migrationUrl
        ? ownerRunner(migrationUrl)
        : <T>(fn: (o: Kysely<Database>) => Promise<T>) => fn(db);
      await asOwner((owner) => migrateAndGrant(owner, migrationUrl ? runtime.role : null));
      // Decision 0014: a runtime role that owns the tables or is a superuser can undo the audit log's protection.
      if (runtime.superuser || (await describeConnection(db)).ownsTables)
        log(fill(da.database.runtimeRoleTooStrong, { role: runtime.role }));
      return { db, pool, mode: 'server', asOwner, close: () => db.destroy() };
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  const dataDir = resolveDataDir(options.dataDir);
  let server: Awaited<ReturnType<typeof startEmbeddedServer>>;
  try {
    server = await (takeEarlyStart(dataDir) ?? startEmbeddedServer({ dataDir, log }));
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || !options.attachToRunningServer) throw error;
    return attachToRunningServer(dataDir, error);
  }
  const asOwner = ownerRunner(server.ownerUrl);
  try {
    await asOwner((owner) => migrateAndGrant(owner, roleNamesFor(EMBEDDED_DATABASE).runtime));
  } catch (error) {
    await server.stop();
    throw error;
  }
  const { db, pool } = createDatabase(server.runtimeUrl);
  return {
    db,
    pool,
    mode: 'embedded',
    asOwner,
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}

const EMBEDDED_DATABASE = 'helhed';

/** A client of the embedded server another Helhed process owns; closing it leaves that server running. */
async function attachToRunningServer(dataDir: string, inUse: DataDirInUseError): Promise<OpenDatabase> {
  const layout = layoutOf(dataDir);
  const roles = roleNamesFor(EMBEDDED_DATABASE);
  const { db, pool } = createDatabase(connectionStringOf(layout, EMBEDDED_DATABASE, roles.runtime), 2);
  try {
    await sql`select 1`.execute(db);
  } catch {
    // The owner is still starting (or stopping): report the folder as in use, as before.
    await db.destroy();
    throw inUse;
  }
  const asOwner = ownerRunner(connectionStringOf(layout, EMBEDDED_DATABASE, roles.owner));
  return { db, pool, mode: 'embedded', asOwner, close: () => db.destroy() };
}
