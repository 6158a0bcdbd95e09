import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import type { Db } from '../db/database.ts';
import { type Erasers, readErasureJournal, reapplyErasures } from '../retention/journal.ts';
import {
  checkPassphrase,
  decryptedStream,
  isEncrypted,
  verifyEncrypted,
  writeEncrypted,
} from './encryption.ts';
import {
  countRows,
  deleteAllRows,
  insertRowsFromJson,
  listTablesInDependencyOrder,
  readTableInBatches,
  resetIdentitySequences,
} from './tables.ts';

const FORMAT = 'helhed-backup';
const VERSION = 1;

export class BackupFileError extends Error {}
export class DatabaseNotEmptyError extends Error {}

interface Header {
  format: typeof FORMAT;
  version: number;
  migrations: string[];
  createdAt: string;
}

/** How a backup is written: encrypted with a passphrase, or (only when asked) in plain gzip. */
export type BackupProtection = { passphrase: string } | { plaintext: true };

/**
 * Writes every row of every table to a gzip'ed JSON-lines file: a header, then one line per
 * table (several for a large one: tables.ts), encrypted (encryption.ts) unless plaintext is asked for. Read in one repeatable-read
 * transaction, so the copy is one consistent moment.
 */
export async function writeBackup(db: Db, file: string, protection: BackupProtection): Promise<number> {
  const passphrase = 'passphrase' in protection ? protection.passphrase : undefined;
  if (!('plaintext' in protection)) checkPassphrase(passphrase);
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const done = passphrase ? writeEncrypted(gzip, out, passphrase) : once(gzip.pipe(out), 'finish');
  let total = 0;
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        migrations: Object.keys(migrations),
        createdAt: new Date().toISOString(),
      };
      gzip.write(`${JSON.stringify(header)}\n`);
      for (const table of await listTablesInDependencyOrder(trx)) {
        // A large table takes several lines; restore inserts each line's rows as they come.
        for await (const rows of readTableInBatches(trx, table)) {
          total += rows.length;
          const line = `{"table":${JSON.stringify(table)},"rows":[${rows.join(',')}]}\n`;
          if (!gzip.write(line)) await once(gzip, 'drain');
        }
      }
    });
  gzip.end();
  await done;
  return total;
}

async function* readLines(file: string, passphrase: string | undefined): AsyncGenerator<string> {
  // pipeline, not pipe: a missing or unreadable file must reach the reader as an error, not crash.
  const source: Readable = (await isEncrypted(file))
    ? await decryptedStream(file, passphrase)
    : createReadStream(file);
  const input = pipeline(source, createGunzip(), () => undefined);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield line;
}

function parseHeader(line: string | undefined): Header {
  let header: Partial<Header>;
  try {
    header = JSON.parse(line ?? '') as Partial<Header>;
  } catch {
    throw new BackupFileError('header is not JSON');
  }
  if (header.format !== FORMAT || header.version !== VERSION)
    throw new BackupFileError('not a Helhed backup');
  const current = Object.keys(migrations).join(',');
  if (header.migrations?.join(',') !== current)
    throw new BackupFileError('backup is from another schema version');
  return header as Header;
}

export interface RestoreOptions {
  /** Replace what the database holds (else it must be empty). */
  replace?: boolean;
  /** How each kind in the erasure journal is erased again (the app's ERASERS). */
  erasers?: Erasers;
}

/**
 * Loads a backup (encrypted or plain) into a migrated database in one transaction: all of it or
 * nothing. The database must be empty unless `replace` is asked for; then its erasure journal is read
 * first and every erasure in it that the backup does not know is carried out again before the
 * transaction commits, so an older backup never brings an erased person back (decision 0022).
 * Triggers are paused (session_replication_role) while rows go in, so the audit trail is restored
 * exactly as it was; that needs a superuser or the database owner's rights.
 */
export async function restoreBackup(
  db: Db,
  file: string,
  passphrase?: string,
  options: RestoreOptions = {},
): Promise<{ rows: number; reapplied: number }> {
  // An encrypted file is read whole and its tag checked before the database is touched.
  if (await isEncrypted(file)) await verifyEncrypted(file, passphrase);
  const lines = readLines(file, passphrase);
  try {
    parseHeader((await lines.next()).value ?? undefined);
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(String(error));
  }
  return db.transaction().execute(async (trx) => {
    const tables = await listTablesInDependencyOrder(trx);
    const journal = await readErasureJournal(trx);
    let holding: string | undefined;
    for (const table of tables) {
      if ((await countRows(trx, table)) > 0) {
        holding = table;
        break;
      }
    }
    if (holding && !options.replace) throw new DatabaseNotEmptyError(holding);
    await sql`set local session_replication_role = replica`.execute(trx);
    if (holding) for (const table of [...tables].reverse()) await deleteAllRows(trx, table);
    let rows = 0;
    for await (const line of lines) {
      const entry = JSON.parse(line) as { table?: unknown; rows?: unknown };
      if (typeof entry.table !== 'string' || !tables.includes(entry.table) || !Array.isArray(entry.rows)) {
        throw new BackupFileError('unknown table in backup');
      }
      await insertRowsFromJson(trx, entry.table, entry.rows);
      await resetIdentitySequences(trx, entry.table);
      rows += entry.rows.length;
    }
    await sql`set local session_replication_role = origin`.execute(trx);
    const reapplied = options.erasers ? await reapplyErasures(trx, journal, options.erasers) : 0;
    return { rows, reapplied };
  });
}
