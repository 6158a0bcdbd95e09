import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, buildTestApp, TEST_PASSWORD, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';

// An outside integrator's view: generate TypeScript types from the served document with
// openapi-typescript, type-check a client written against them, then call the API with it.
const TEST_DIR = path.resolve(fileURLToPath(import.meta.url), '../../../../test');
const GENERATED = path.join(TEST_DIR, '.generated');
const CLIENT = path.join(TEST_DIR, 'typed-client.ts');

interface TypeError {
  file: string;
  /** 1-based, as an editor shows it. */
  line: number;
  text: string;
}

function typeErrors(files: string[]): TypeError[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: ['node'],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file?.fileName ?? '',
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

interface TypedClient {
  readPlanWithTypedClient(
    baseUrl: string,
    email: string,
    password: string,
  ): Promise<{ slug: string; periodStart: string; signedOut: boolean }>;
}

describe.each(TEST_DATABASES)('a client generated from the OpenAPI document, on %s', (kind) => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'reader', `laeser-${kind}@klient.dk`);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as OpenAPI3;
    mkdirSync(GENERATED, { recursive: true });
    writeFileSync(path.join(GENERATED, 'openapi-types.ts'), astToString(await openapiTS(doc)));
  });
  afterAll(() => t.close());

  it('type-checks a client written against the generated types', () => {
    expect(typeErrors([CLIENT])).toEqual([]);
  }, 60_000);

  it('refuses a route, a field and a body that the document does not have', () => {
    const wrong = path.join(GENERATED, 'wrong-client.ts');
    writeFileSync(
      wrong,
      [
        "import createClient from 'openapi-fetch';",
        "import type { paths } from './openapi-types.ts';",
        'const client = createClient<paths>({ baseUrl: "http://x" });',
        "export const a = client.GET('/api/v1/findes-ikke');",
        "export const b = client.GET('/api/v1/plan').then((r) => r.data?.slugg);",
        "export const c = client.POST('/api/v1/auth/sign-in', { body: { email: 'a@b.dk' } });",
      ].join('\n'),
    );
    const errors = typeErrors([wrong]);
    // One error or more on each of the three wrong lines, and on no other line.
    expect([...new Set(errors.map((e) => e.line))].sort()).toEqual([4, 5, 6]);
    expect(errors.find((e) => e.line === 5)?.text).toContain('slugg');
    expect(errors.find((e) => e.line === 6)?.text).toContain('password');
  }, 60_000);

  it('signs in, reads the plan and signs out with it', async () => {
    // Imported by URL, so that the package's own type check does not follow it into .generated/.
    const client: TypedClient = await import(pathToFileURL(CLIENT).href);
    const { readPlanWithTypedClient } = client;
    const reading = await readPlanWithTypedClient(baseUrl, `laeser-${kind}@klient.dk`, TEST_PASSWORD);
    expect(reading).toEqual({ slug: 'odense-2024-2028', periodStart: '2024-10-01', signedOut: true });
  });
});
