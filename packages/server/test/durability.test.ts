import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, type AppProcess, startAppProcess } from './app-process.ts';
import { createTestDatabase, TEST_DATABASES } from './test-databases.ts';

const WRITERS = 200;
const NEW_PASSWORD = 'en lang og hemmelig adgangskode';

interface Target {
  env: Record<string, string>;
  connectionString(): string;
  cleanup(): Promise<void>;
}

async function targetFor(kind: (typeof TEST_DATABASES)[number]): Promise<Target> {
  if (kind === 'postgres') {
    const database = await createTestDatabase('postgres');
    return {
      env: database.env,
      connectionString: () => database.url,
      cleanup: database.drop,
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'helhed-durability-'));
  await import('node:fs/promises').then((fs) => fs.chmod(dataDir, 0o755));
  const socketUrl = () =>
    `postgresql://postgres@/helhed?host=${encodeURIComponent(path.join(dataDir, 'run'))}`;
  return {
    env: { HELHED_DATA_DIR: dataDir },
    connectionString: socketUrl,
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

function userBody(i: number, clientKey: string) {
  return {
    clientKey,
    email: `skriver${i}@durability.dk`,
    displayName: `Skriver ${i}`,
    role: 'worker',
    password: 'en lang nok adgangskode',
  };
}

describe.each(TEST_DATABASES)('durability on %s: SIGKILL during 200 concurrent writes', (kind) => {
  const running: AppProcess[] = [];
  afterAll(async () => {
    for (const app of running) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
  });

  it('keeps every acknowledged write, half-writes nothing, and retries without duplicates', async () => {
    const target = await targetFor(kind);
    const first = await startAppProcess(target.env);
    running.push(first);
    const client = new ApiClient(first.baseUrl);
    expect((await client.signIn('admin@helhed.local', first.firstAdminPassword ?? '')).status).toBe(200);
    const changed = await client.request('POST', '/api/v1/auth/password', {
      currentPassword: first.firstAdminPassword,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    await client.setUpSecondFactor(); // an administrator's duty before anything else (decision 0027)

    const keys = Array.from({ length: WRITERS }, () => crypto.randomUUID());
    const acknowledged = new Map<number, string>();
    const killAfter = 40 + Math.floor(Math.random() * 100);
    let killedAt = 0;
    await Promise.all(
      keys.map(async (key, i) => {
        try {
          const r = await client.request('POST', '/api/v1/users', userBody(i, key));
          if (r.status === 201) acknowledged.set(i, ((await r.json()) as { id: string }).id);
        } catch {
          // The connection died with the process: not acknowledged.
        }
        if (acknowledged.size >= killAfter && killedAt === 0) {
          killedAt = acknowledged.size;
          first.child.kill('SIGKILL');
        }
      }),
    );
    await first.exited;
    expect(killedAt).toBeGreaterThan(0);

    const restartStarted = Date.now();
    const second = await startAppProcess(target.env);
    running.push(second);
    const restartMs = Date.now() - restartStarted;

    const check = new pg.Client({ connectionString: target.connectionString() });
    await check.connect();
    try {
      const ids = new Set(
        (
          await check.query<{ id: string }>(`select id from app_user where email like '%@durability.dk'`)
        ).rows.map((r) => r.id),
      );
      const lost = [...acknowledged.values()].filter((id) => !ids.has(id));
      expect(lost).toEqual([]);
      // Half-written: a user without its audit row, or an audit row without its user.
      const orphans = await check.query(`
        select u.id from app_user u left join audit_event a
          on a.entity_type = 'app_user' and a.action = 'create' and a.entity_id = u.id::text
        where a.id is null
        union all
        select a.entity_id::uuid from audit_event a left join app_user u on u.id::text = a.entity_id
        where a.entity_type = 'app_user' and a.action = 'create' and u.id is null`);
      expect(orphans.rows).toEqual([]);

      // The client retries what it never heard back about, with the same keys.
      const retryClient = new ApiClient(second.baseUrl, client.factor);
      expect((await retryClient.signIn('admin@helhed.local', NEW_PASSWORD)).status).toBe(200);
      const unanswered = keys.map((key, i) => ({ key, i })).filter(({ i }) => !acknowledged.has(i));
      for (const { key, i } of unanswered) {
        const r = await retryClient.request('POST', '/api/v1/users', userBody(i, key));
        expect([200, 201]).toContain(r.status);
      }
      const total = await check.query<{ n: string }>(
        `select count(*) as n from app_user where email like '%@durability.dk'`,
      );
      expect(Number(total.rows[0]?.n)).toBe(WRITERS);
      const committedUnacknowledged = ids.size - acknowledged.size;
      console.log(
        `[durability ${kind}] acknowledged=${acknowledged.size} lost=${lost.length} ` +
          `committed-but-unacknowledged=${committedUnacknowledged} restart-to-health=${restartMs}ms`,
      );
    } finally {
      await check.end();
      second.child.kill('SIGTERM');
      await second.exited;
      await target.cleanup();
    }
  });
});
