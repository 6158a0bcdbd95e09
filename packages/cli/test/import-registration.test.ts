import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { helhed } from './run-cli.ts';

/** A statement as a test fixture would run it: the audit trigger sees "system:test" act. */
async function query(url: string, text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`select set_config('helhed.actor', 'system:test', false)`);
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

// `helhed import participants|attendance|volunteers FILE --as EMAIL [--dry-run]` as a plan's IT
// person runs it on the first day: a dry run saves nothing, a bad row saves nothing and is named,
// the fixed file is saved once, and the command acts only with the named worker's rights.
describe('helhed import of registration lists in the CLI', () => {
  let db: TestDatabase;
  let dir: string;
  const file = async (name: string, lines: string[]) => {
    const at = path.join(dir, name);
    await writeFile(at, lines.join('\n'));
    return at;
  };
  const participants = () => query(db.url, 'select display_name from participant order by display_name');

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    dir = await mkdtemp(path.join(tmpdir(), 'helhed-import-'));
    for (const [email, role] of [
      ['mette@eksempel.dk', 'worker'],
      ['laeser@eksempel.dk', 'reader'],
    ]) {
      const added = await helhed(
        ['users', 'add', '--email', email as string, '--role', role as string],
        db.env,
        'en lang nok adgangskode\n',
      );
      expect(added.code, added.stderr).toBe(0);
    }
    await query(
      db.url,
      `with t as (insert into team (plan_id, name) select plan_id, 'Team Nord' from app_user where email = $1 returning id)
       update app_user set team_id = (select id from t) where email = $1`,
      ['mette@eksempel.dk'],
    );
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('tries, refuses a bad row, then imports the fixed file once', async () => {
    const header = 'navn;fødselsår;samtykke givet;statistik';
    const bad = await file('bad.csv', [
      header,
      'Amina Hassan;1994;2026-09-01;ja',
      'Omar Ali;19x0;2026-09-01;nej',
    ]);
    const tried = await helhed(
      ['import', 'participants', '--dry-run', bad, '--as', 'mette@eksempel.dk'],
      db.env,
    );
    expect(tried.code).toBe(1);
    expect(tried.stdout).toContain('Række 2: Oprettes – Amina Hassan (1994)');
    expect(tried.stdout).toContain('Række 3: Afvises – Omar Ali ("fødselsår" skal være et årstal som 1987)');
    const refused = await helhed(['import', 'participants', bad, '--as', 'mette@eksempel.dk'], db.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Intet er importeret: 1 rækker blev afvist.');
    expect(await participants()).toEqual([]);

    const good = await file('good.csv', [
      header,
      'Amina Hassan;1994;2026-09-01;ja',
      'Omar Ali;1990;2026-09-01;nej',
    ]);
    const dry = await helhed(
      ['import', 'participants', good, '--as', 'mette@eksempel.dk', '--dry-run'],
      db.env,
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Tørkørsel: intet er gemt.');
    expect(await participants()).toEqual([]);
    const saved = await helhed(['import', 'participants', good, '--as', 'mette@eksempel.dk'], db.env);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toContain('2 oprettes, 0 ændres, 0 findes allerede, 0 afvises.');
    const again = await helhed(['import', 'participants', good, '--as', 'mette@eksempel.dk'], db.env);
    expect(again.stdout).toContain('0 oprettes, 0 ændres, 2 findes allerede, 0 afvises.');
    expect(await participants()).toEqual([{ display_name: 'Amina Hassan' }, { display_name: 'Omar Ali' }]);

    const volunteers = await file('frivillige.csv', ['deltager;start', 'Omar Ali;01-05-2026']);
    const volunteer = await helhed(['import', 'volunteers', volunteers, '--as', 'mette@eksempel.dk'], db.env);
    expect(volunteer.code, volunteer.stderr).toBe(0);
    const reads = await query(
      db.url,
      `select count(*)::int as n from audit_event where action = 'read' and actor_label = 'mette@eksempel.dk'`,
    );
    expect(reads[0]?.n).toBe(1);
  });

  it('acts with no more than the named person may: a reader, an unknown e-mail, no --as', async () => {
    const list = await file('list.csv', ['navn;samtykke givet', 'Ida Jensen;2026-09-01']);
    for (const args of [['--as', 'laeser@eksempel.dk'], ['--as', 'ingen@eksempel.dk'], []]) {
      const run = await helhed(['import', 'participants', list, ...args], db.env);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/Ingen aktiv medarbejder har e-mailadressen|Angiv med --as/);
    }
    const unknownKind = await helhed(['import', 'households', list, '--as', 'mette@eksempel.dk'], db.env);
    expect(unknownKind.stderr).toContain('Vælg participants, attendance eller volunteers.');
    expect(await participants()).toHaveLength(2);
  });
});
