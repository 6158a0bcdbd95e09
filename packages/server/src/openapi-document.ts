import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { buildApp } from './app.ts';
import { alertingConfigFromEnv } from './modules/alerting/index.ts';
import type { Database } from './platform/db/database.ts';

/** A database handle that refuses to connect: the document is built from the routes alone. */
function offlineDatabase(): Kysely<Database> {
  const refuse = async (): Promise<pg.PoolClient> => {
    throw new Error('The OpenAPI document is built without a database');
  };
  const pool = { connect: refuse, end: async () => undefined } as unknown as pg.Pool;
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * The API's OpenAPI document, as /api/docs/json serves it, without a database or a socket: for
 * `helhed openapi`, client generators and the lint in the test command. No worker starts.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = offlineDatabase();
  const app = await buildApp({
    db,
    alerting: { ...alertingConfigFromEnv(), runWorker: false },
    rehousing: { run: false },
    milestones: { run: false },
    retentionSchedule: false,
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
  }
}
