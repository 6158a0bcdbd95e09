import { da, fill } from '@helhed/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { createFirstAdminIfNone, seedOdensePlan } from './first-start.ts';
import { type OpenDatabase, openDatabase } from './platform/db/open-database.ts';

export interface ServeOptions {
  port: number;
  host: string;
  databaseUrl?: string | undefined;
  /** The owner's URL for migrations (HELHED_MIGRATION_URL); decision 0014. */
  migrationUrl?: string | undefined;
  dataDir?: string | undefined;
  secureCookies: boolean;
}

/**
 * Starts Helhed: opens (or starts) the database, migrates as the owner, and as the runtime role seeds an empty installation, listens,
 * and stops everything — the embedded PostgreSQL included — on SIGTERM or SIGINT.
 */
export async function startServer(
  options: ServeOptions,
): Promise<{ app: FastifyInstance; database: OpenDatabase }> {
  const say = (message: string) => process.stdout.write(`${message}\n`);
  const database = await openDatabase({
    databaseUrl: options.databaseUrl,
    migrationUrl: options.migrationUrl,
    dataDir: options.dataDir,
    log: say,
  });
  let app: FastifyInstance | undefined;
  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    say(da.cli.shuttingDown);
    app?.log.info({ signal }, 'shutting down');
    await app?.close().catch(() => undefined);
    await database.close().catch((error: unknown) => say(String(error)));
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  try {
    const plan = await seedOdensePlan(database.db);
    const admin = await createFirstAdminIfNone(database.db, plan.id);
    app = await buildApp({
      db: database.db,
      cookies: { secure: options.secureCookies },
      logger: { level: process.env.LOG_LEVEL ?? 'info' },
      // A copy of the built web app elsewhere (tests serve a private copy that no rebuild replaces).
      ...(process.env.HELHED_WEB_DIST ? { webDist: process.env.HELHED_WEB_DIST } : {}),
    });
    await app.listen({ port: options.port, host: options.host });
    const url = `http://localhost:${options.port}`;
    say(fill(da.cli.listening, { url }));
    if (admin) say(fill(da.cli.firstAdminCreated, { url, email: admin.email, password: admin.password }));
    return { app, database };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}
