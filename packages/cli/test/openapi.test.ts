import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { helhed } from './run-cli.ts';

// `helhed openapi` needs no database: point it at one that does not exist and it still answers.
const NO_DATABASE = { DATABASE_URL: 'postgres://nobody@127.0.0.1:9/findes-ikke' };

describe('helhed openapi', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints the document the server serves, without a database', async () => {
    const run = await helhed(['openapi'], NO_DATABASE);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/plan'].get.operationId).toBe('getPlan');
  });

  it('writes it to a file and says how many operations it has', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-openapi-'));
    const out = path.join(dir, 'openapi.json');
    const run = await helhed(['openapi', '--out', out], NO_DATABASE);
    expect(run.code).toBe(0);
    const doc = JSON.parse(await readFile(out, 'utf8'));
    const operations = Object.values(doc.paths as Record<string, object>).flatMap((p) => Object.keys(p));
    expect(run.stderr).toContain(`${operations.length} operationer`);
  });

  it('refuses an unknown option in Danish', async () => {
    const run = await helhed(['openapi', '--yaml'], NO_DATABASE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Ukendt tilvalg: --yaml');
  });
});
