import type { Kysely } from 'kysely';
import { type MigrationProvider, Migrator } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import type { Database } from './database.ts';
import { grantRuntimeRole } from './roles.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the newest schema; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Migrates as the owner, then grants the runtime role what it needs on every table (those of later
 * migrations included). With one role for both (a DATABASE_URL without HELHED_MIGRATION_URL) only
 * migrates.
 */
export async function migrateAndGrant(
  owner: Kysely<Database>,
  runtimeRole: string | null,
): Promise<string[]> {
  const applied = await migrateToLatest(owner);
  if (runtimeRole !== null) await grantRuntimeRole(owner, runtimeRole);
  return applied;
}
