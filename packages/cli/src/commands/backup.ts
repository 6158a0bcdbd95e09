import { da, fill } from '@helhed/core';
import {
  BackupFileError,
  BackupKeyError,
  checkPassphrase,
  DatabaseNotEmptyError,
  ERASERS,
  MIN_PASSPHRASE_LENGTH,
  migrateToLatest,
  restoreBackup,
  writeBackup,
} from '@helhed/server';
import { UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

const PASSPHRASE_ENV = 'HELHED_BACKUP_PASSPHRASE';

function keyError(error: BackupKeyError): UsageError {
  if (error.reason === 'missing') return new UsageError(da.cli.backupPassphraseMissing);
  if (error.reason === 'too-short')
    return new UsageError(fill(da.cli.backupPassphraseShort, { min: MIN_PASSPHRASE_LENGTH }));
  return new UsageError(da.cli.backupKeyWrong);
}

/** `backup FIL`: encrypted with HELHED_BACKUP_PASSPHRASE; `--plaintext` writes plain gzip instead. */
export async function backup(file: string, plaintext: boolean): Promise<void> {
  const passphrase = process.env[PASSPHRASE_ENV];
  try {
    if (!plaintext) checkPassphrase(passphrase); // before anything is read or written
  } catch (error) {
    if (error instanceof BackupKeyError) throw keyError(error);
    throw error;
  }
  const rows = await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    return writeBackup(db, file, plaintext ? { plaintext: true } : { passphrase: passphrase as string });
  });
  const message = plaintext ? da.cli.backupWrittenPlain : da.cli.backupWritten;
  process.stdout.write(`${fill(message, { file, rows })}\n`);
}

/**
 * `restore FIL [--replace]`: into an empty database, or with --replace over what it holds; either
 * way every erasure in the database's erasure journal is carried out again before the restore commits.
 */
export async function restore(file: string, replace: boolean): Promise<void> {
  try {
    // As the owner: restoring the audit log as it was pauses its triggers (decision 0014).
    const passphrase = process.env[PASSPHRASE_ENV];
    const { rows, reapplied } = await withDatabase(({ asOwner }) =>
      asOwner((owner) => restoreBackup(owner, file, passphrase, { replace, erasers: ERASERS })),
    );
    process.stdout.write(`${fill(da.cli.restored, { file, rows })}\n`);
    if (reapplied > 0)
      process.stdout.write(`${fill(da.retention.restore.reapplied, { count: reapplied })}\n`);
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) throw new UsageError(da.retention.restore.replaceNeeded);
    if (error instanceof BackupKeyError) throw keyError(error);
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
