import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import type { Db } from '../db/database.ts';
import { RETENTION_REGISTER } from './register.ts';

// The column types that can carry a name, an address, an e-mail, a phone number or free text.
const TEXT_TYPES = [
  'text',
  'character varying',
  'character',
  'json',
  'jsonb',
  'ARRAY',
  'inet',
  'USER-DEFINED',
];

/** Schema columns the register does not name, register columns the schema lacks, and doubles. */
async function registerGaps(db: Db) {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
     where table_schema = 'public' and data_type = any(${TEXT_TYPES})`.execute(db);
  const inSchema = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
  const inRegister = new Set<string>();
  const twice: string[] = [];
  const personalWithoutCategory: string[] = [];
  for (const [table, entry] of Object.entries(RETENTION_REGISTER)) {
    for (const column of [...entry.personal, ...entry.other]) {
      const key = `${table}.${column}`;
      if (inRegister.has(key)) twice.push(key);
      inRegister.add(key);
    }
    if (entry.personal.length > 0 && entry.category === 'none') personalWithoutCategory.push(table);
  }
  return {
    columns: inSchema.size,
    unregistered: [...inSchema].filter((key) => !inRegister.has(key)).sort(),
    stale: [...inRegister].filter((key) => !inSchema.has(key)).sort(),
    twice,
    personalWithoutCategory,
  };
}

describe.each(TEST_DATABASES)('the retention register covers the schema on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('names every text, JSON, array and network column of every table, and nothing that is not there', async () => {
    const gaps = await registerGaps(t.db);
    expect(gaps.columns).toBeGreaterThan(200);
    expect(gaps).toMatchObject({ unregistered: [], stale: [], twice: [], personalWithoutCategory: [] });
  });

  it('catches a column that a migration adds without an entry', async () => {
    await t.asOwner((owner) => sql`alter table safety_contact add column witness_name text`.execute(owner));
    try {
      expect((await registerGaps(t.db)).unregistered).toEqual(['safety_contact.witness_name']);
    } finally {
      await t.asOwner((owner) => sql`alter table safety_contact drop column witness_name`.execute(owner));
    }
  });
});
