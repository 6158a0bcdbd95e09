import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { helhed } from './run-cli.ts';

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('helhed seed --synthetic', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it('generates demo data and new plans end to end, and refuses bad options in Danish', async () => {
    const database = await createTestDatabase('postgres');
    databases.push(database);
    const env = database.env;

    const demo = await helhed(['seed', '--synthetic', '--demo', '--residents', '90', '--seed', '5'], env);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/\(demo i Odense-planen\): 1 planer, 90 beboere, 270 forløb/);
    expect(demo.stdout).toMatch(/participant: 90 rækker/);
    expect(demo.stdout).toMatch(/Færdig på [\d.]+ s: \d+ rækker i alt\. Planer: 1\./);

    const plans = await helhed(
      ['seed', '--synthetic', '--plans', '2', '--residents', '60', '--years', '2025-2026', '--seed', '9'],
      env,
    );
    expect(plans.code).toBe(0);
    const rows = await query<{ slug: string; name: string; seed_number: number }>(
      database.url,
      `select p.slug, p.name, s.seed_number from plan p join synthetic_dataset s on s.plan_id = p.id order by p.slug`,
    );
    expect(rows).toEqual([
      { slug: 'odense-2024-2028', name: 'BoligSocialt Hus 2024-2028', seed_number: 5 },
      { slug: 'syntetisk-9-001', name: 'Syntetisk plan 001', seed_number: 9 },
      { slug: 'syntetisk-9-002', name: 'Syntetisk plan 002', seed_number: 9 },
    ]);
    const [count] = await query<{ n: string }>(database.url, 'select count(*) as n from participant');
    expect(Number(count?.n)).toBe(150);

    const again = await helhed(
      ['seed', '--synthetic', '--plans', '2', '--residents', '60', '--years', '2025-2026', '--seed', '9'],
      env,
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/findes allerede syntetiske data med dette frø/);
    const bad = await helhed(['seed', '--synthetic', '--years', 'sidste år'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Ugyldigt tilvalg --years/);
    const noFlag = await helhed(['seed', '--demo'], env);
    expect(noFlag.code).toBe(2);
    expect(noFlag.stderr).toMatch(/kræver --synthetic/);
    const [after] = await query<{ n: string }>(database.url, 'select count(*) as n from participant');
    expect(Number(after?.n)).toBe(150);
  });
});
