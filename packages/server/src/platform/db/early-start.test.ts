import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedEarly } from './early-start.ts';
import { DataDirInUseError } from './embedded-server.ts';
import { openDatabase } from './open-database.ts';

// `helhed serve` starts the embedded PostgreSQL before the server's code has loaded (issue 18).
const tempDirs: string[] = [];
afterAll(async () => {
  for (const dir of tempDirs) await fs.rm(dir, { recursive: true, force: true });
});

async function newDataDir(): Promise<string> {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'helhed-early-start-'));
  await fs.chmod(base, 0o755);
  tempDirs.push(base);
  return path.join(base, 'data');
}

describe('the early start of the embedded PostgreSQL', () => {
  it('is the server openDatabase then uses, not a second one', async () => {
    const dataDir = await newDataDir();
    const said: string[] = [];
    startEmbeddedEarly({ dataDir, log: (message) => said.push(message) });
    // Without the hand-over openDatabase would start its own and find the folder in use by this process.
    const database = await openDatabase({ dataDir });
    try {
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(rows[0]?.one).toBe(1);
      expect(said).toHaveLength(1);
    } finally {
      await database.close();
    }
    // Taken once: the next open starts the server itself.
    const again = await openDatabase({ dataDir });
    await again.close();
  });

  it('hands the thread back once initdb runs, so the app loads meanwhile; the start still completes', async () => {
    const dataDir = await newDataDir();
    await startEmbeddedEarly({ dataDir, log: () => undefined });
    // initdb is running: it writes into a side folder that is renamed into place when it is done.
    expect(existsSync(path.join(dataDir, 'pg.initdb'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(false);
    const database = await openDatabase({ dataDir });
    try {
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(rows[0]?.one).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('reports a folder in use when openDatabase awaits it, as a start without it would', async () => {
    const dataDir = await newDataDir();
    const holder = await openDatabase({ dataDir });
    try {
      startEmbeddedEarly({ dataDir, log: () => undefined });
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await holder.close();
    }
  });
});
