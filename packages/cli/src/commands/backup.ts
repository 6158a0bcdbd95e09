import { da, fill } from '@helhed/core';
import {
  BackupFileError,
  DatabaseNotEmptyError,
  migrateToLatest,
  restoreBackup,
  writeBackup,
} from '@helhed/server';
import { UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

export async function backup(file: string): Promise<void> {
  const rows = await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    return writeBackup(db, file);
  });
  process.stdout.write(`${fill(da.cli.backupWritten, { file, rows })}\n`);
}

export async function restore(file: string): Promise<void> {
  try {
    // As the owner: restoring the audit log as it was pauses its triggers (decision 0014).
    const rows = await withDatabase(({ asOwner }) => asOwner((owner) => restoreBackup(owner, file)));
    process.stdout.write(`${fill(da.cli.restored, { file, rows })}\n`);
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) throw new UsageError(da.cli.restoreNotEmpty);
    if (error instanceof BackupFileError || error instanceof SyntaxError)
      throw new UsageError(da.cli.backupInvalid);
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as { code?: string }).code === 'Z_DATA_ERROR'
    ) {
      throw new UsageError(da.cli.backupInvalid);
    }
    throw error;
  }
}
