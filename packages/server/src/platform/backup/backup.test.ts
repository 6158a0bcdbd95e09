import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, buildTestApp, signIn, type TestApp } from '../../../test/build-test-app.ts';
import { createTestDatabase, TEST_DATABASES } from '../../../test/test-databases.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { BackupFileError, DatabaseNotEmptyError, restoreBackup, writeBackup } from './backup.ts';
import { BackupKeyError } from './encryption.ts';

const PASSPHRASE = 'en lang adgangssætning til backup';

import { listTablesInDependencyOrder, readTableAsJson } from './tables.ts';

async function snapshot(db: Parameters<typeof readTableAsJson>[0]) {
  const result: Record<string, unknown[]> = {};
  for (const table of await listTablesInDependencyOrder(db)) result[table] = await readTableAsJson(db, table);
  return result;
}

describe.each(TEST_DATABASES)('backup and restore on %s', (kind) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-backup-'));
    await addUser(t.db, t.planId, 'admin', 'admin@backup.dk');
    await addUser(t.db, t.planId, 'worker', 'æøå@backup.dk');
    await signIn(t.app, 'admin@backup.dk');
    // The app only made the session a backup must carry. Closed now, its alerting worker no longer
    // writes its heartbeat, which (on a busy machine) fell between a backup and the snapshot it is
    // compared with.
    await t.app.close();
  });
  afterAll(async () => {
    await t?.db.destroy();
    await t?.database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('restores into an empty database with identical data, audit log and sessions included', async () => {
    const file = path.join(dir, 'helhed.backup');
    const written = await writeBackup(t.db, file, { passphrase: PASSPHRASE });
    const original = await snapshot(t.db);
    expect(original.audit_event?.length).toBeGreaterThan(0);
    expect(original.user_session?.length).toBe(1);

    const target = await createTestDatabase(kind);
    const { db: restoredDb } = createDatabase(target.url, 2);
    try {
      await migrateToLatest(restoredDb);
      expect((await restoreBackup(restoredDb, file, PASSPHRASE)).rows).toBe(written);
      expect(await snapshot(restoredDb)).toEqual(original);
      // Identity sequences continue above the restored ids.
      await expect(restoreBackup(restoredDb, file, PASSPHRASE)).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    } finally {
      await restoredDb.destroy();
      await target.drop();
    }
  });

  it('rejects a damaged or foreign file and leaves the database empty', async () => {
    const foreign = path.join(dir, 'foreign.gz');
    await writeFile(foreign, gzipSync('{"format":"noget-andet"}\n'));
    const truncated = path.join(dir, 'truncated.gz');
    const good = path.join(dir, 'good.backup');
    await writeBackup(t.db, good, { plaintext: true });
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(good);
    const lines = (await import('node:zlib')).gunzipSync(bytes).toString().split('\n');
    await writeFile(
      truncated,
      gzipSync(`${lines.slice(0, 3).join('\n')}\n{"table":"app_user","rows":[{"id":`),
    );

    const target = await createTestDatabase(kind);
    const { db } = createDatabase(target.url, 2);
    try {
      await migrateToLatest(db);
      await expect(restoreBackup(db, foreign)).rejects.toBeInstanceOf(BackupFileError);
      await expect(restoreBackup(db, truncated)).rejects.toThrow();
      const after = await snapshot(db);
      expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
    } finally {
      await db.destroy();
      await target.drop();
    }
  });

  it('encrypts: no readable byte, and a wrong key, a changed byte or a cut file restores nothing', async () => {
    const file = path.join(dir, 'encrypted.backup');
    await expect(writeBackup(t.db, path.join(dir, 'none'), { passphrase: '' })).rejects.toBeInstanceOf(
      BackupKeyError,
    );
    await expect(writeBackup(t.db, path.join(dir, 'short'), { passphrase: 'kort' })).rejects.toBeInstanceOf(
      BackupKeyError,
    );
    const { readFile, access } = await import('node:fs/promises');
    await expect(access(path.join(dir, 'short'))).rejects.toThrow(); // refused before any file
    await writeBackup(t.db, file, { passphrase: PASSPHRASE });
    const bytes = await readFile(file);
    expect(() => gunzipSync(bytes)).toThrow();
    expect(bytes.includes(Buffer.from('admin@backup.dk'))).toBe(false);
    const flipped = path.join(dir, 'flipped.backup');
    const changed = Buffer.from(bytes);
    changed[Math.floor(changed.length / 2)] = (changed[Math.floor(changed.length / 2)] as number) ^ 1;
    await writeFile(flipped, changed);
    const cut = path.join(dir, 'cut.backup');
    await writeFile(cut, bytes.subarray(0, bytes.length - 100));

    const target = await createTestDatabase(kind);
    const { db } = createDatabase(target.url, 2);
    try {
      await migrateToLatest(db);
      for (const [name, key] of [
        [file, 'en helt anden lang adgangssætning'],
        [file, undefined],
        [flipped, PASSPHRASE],
        [cut, PASSPHRASE],
      ] as const) {
        await expect(restoreBackup(db, name, key), `${name} ${key}`).rejects.toBeInstanceOf(BackupKeyError);
      }
      expect(Object.values(await snapshot(db)).every((rows) => rows.length === 0)).toBe(true);
      expect((await restoreBackup(db, file, PASSPHRASE)).rows).toBeGreaterThan(0);
    } finally {
      await db.destroy();
      await target.drop();
    }
  });
});
