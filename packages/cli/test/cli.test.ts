import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppProcess } from '../../server/test/app-process.ts';
import { createTestDatabase } from '../../server/test/test-databases.ts';
import { helhed } from './run-cli.ts';

async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of ['plan', 'app_user', 'audit_event']) {
      const r = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
      counts[table] = Number(r.rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

describe('helhed CLI', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('adds a user with the password from standard input, and refuses bad input in Danish', async () => {
    const db = await createTestDatabase('postgres');
    cleanups.push(db.drop);
    const env = db.env;
    const added = await helhed(
      ['users', 'add', '--email', 'Mette@Eksempel.dk', '--role', 'worker'],
      env,
      'en lang nok adgangskode\n',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/mette@eksempel\.dk er oprettet med rollen Medarbejder/i);
    const short = await helhed(
      ['users', 'add', '--email', 'kort@eksempel.dk', '--role', 'worker'],
      env,
      'kort\n',
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/mindst 12 tegn/);
    const role = await helhed(
      ['users', 'add', '--email', 'x@eksempel.dk', '--role', 'konge'],
      env,
      'en lang nok adgangskode\n',
    );
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/Ukendt rolle/);
    expect((await tableCounts(db.url)).app_user).toBe(1);
  });

  it('previews the retention job per table with --dry-run and refuses a bad period in Danish', async () => {
    const db = await createTestDatabase('postgres');
    cleanups.push(db.drop);
    const preview = await helhed(['retention', 'run', '--dry-run'], db.env);
    expect(preview.stderr).toBe('');
    expect(preview.stdout).toMatch(/^Prøvekørsel, intet er ændret/);
    expect(preview.stdout).toMatch(/Revisionsloggen: 5y, før \d{4}-\d{2}-\d{2}/);
    for (const table of ['participant', 'safety_contact', 'outbound_message', 'incident', 'audit_event'])
      expect(preview.stdout).toMatch(new RegExp(`  ${table}: 0 rækker`));
    const bad = await helhed(['retention', 'run'], { ...db.env, HELHED_RETENTION_AUDIT: '30d' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/HELHED_RETENTION_AUDIT skal være et helt tal/);
    const unknown = await helhed(['retention', 'run', '--alt'], db.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Ukendt valg/);
  });

  it('backs up one database and restores it into an empty one with the same rows', async () => {
    const source = await createTestDatabase('postgres');
    const target = await createTestDatabase('embedded');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-cli-'));
    cleanups.push(source.drop, target.drop, () => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'helhed.backup');
    await helhed(
      ['users', 'add', '--email', 'a@eksempel.dk', '--role', 'leader'],
      source.env,
      'en lang nok adgangskode\n',
    );
    // Encrypted by default: without a passphrase (or with a short one) nothing is written.
    const refused = await helhed(['backup', file], source.env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/HELHED_BACKUP_PASSPHRASE/);
    const short = await helhed(['backup', file], { ...source.env, HELHED_BACKUP_PASSPHRASE: 'kort' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/mindst 16 tegn/);
    const key = { HELHED_BACKUP_PASSPHRASE: 'en lang adgangssætning til backup' };
    const backup = await helhed(['backup', file], { ...source.env, ...key });
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Sikkerhedskopi skrevet/);
    const wrong = await helhed(['restore', file], {
      ...target.env,
      HELHED_BACKUP_PASSPHRASE: 'en forkert men lang adgangssætning',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/kan ikke dekrypteres/);
    const plain = await helhed(['backup', '--plaintext', path.join(dir, 'plain.backup')], source.env);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/Ukrypteret sikkerhedskopi/);
    const restore = await helhed(['restore', file], { ...target.env, ...key });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url));
    const again = await helhed(['restore', file], { ...target.env, ...key });
    expect(again.stderr).toMatch(/ikke tom/);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--replace/);
    const replaced = await helhed(['restore', '--replace', file], { ...target.env, ...key });
    expect(replaced.stderr).toBe('');
    expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url));
    const missing = await helhed(['restore', path.join(dir, 'findes-ikke')], target.env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ikke en gyldig Helhed-sikkerhedskopi/);
  });

  it('stops a second server on the same data folder at once, with a Danish message, and lets the CLI work through the first', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'helhed-twice-'));
    await chmod(dataDir, 0o755);
    const first = await startAppProcess({ HELHED_DATA_DIR: dataDir });
    cleanups.push(async () => {
      first.child.kill('SIGTERM');
      await first.exited;
      await rm(dataDir, { recursive: true, force: true });
    });
    const second = await helhed(['serve'], { HELHED_DATA_DIR: dataDir, PORT: '0' });
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/bruges allerede af en anden Helhed-proces/);
    expect(second.ms).toBeLessThan(10_000);
    expect((await fetch(`${first.baseUrl}/api/health`)).status).toBe(200);
    // The CLI itself does not need the folder to itself: it works through the running server.
    const added = await helhed(
      ['users', 'add', '--email', 'mens@eksempel.dk', '--role', 'leader'],
      { HELHED_DATA_DIR: dataDir },
      'en lang nok adgangskode\n',
    );
    expect(added.stderr).not.toMatch(/bruges allerede/);
    expect(added.code).toBe(0);
    const signIn = await fetch(`${first.baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'mens@eksempel.dk', password: 'en lang nok adgangskode' }),
    });
    expect(signIn.status).toBe(200);
    expect((await fetch(`${first.baseUrl}/api/health`)).status).toBe(200);
  });

  it('prints its help in Danish', async () => {
    const help = await helhed(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/users add --email E --role R/);
  });
});
