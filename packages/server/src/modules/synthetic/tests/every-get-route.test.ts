import { ROLES } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { getPathsOf, walkGetRoutes } from '../../../../test/get-route-walk.ts';
import { personalValuesOf, showsPersonal } from '../../../../test/personal-values.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { generateSyntheticData } from '../service/generator.ts';

// The demo data as `helhed seed --synthetic --demo` loads it, then every GET operation of the
// OpenAPI document for every role. The response serializer checks each answer against the route's
// response schema, so a value the schema does not allow (a demo value from outside the API's
// vocabulary) is a 5xx here. Path parameters are filled with real ids: the first item of the list
// one level up, as each role sees it (a role that sees none gets a fresh uuid and must be refused
// cleanly). An answer that shows a resident's name or contact must leave a read in the audit log
// (issue 21: every read of personal data is audited). Prints "operations × roles" and the slowest answers.

/** The lists the issue names that a plan grows without bound; each must be paged. */
const PAGED_LISTS = [
  '/api/v1/participants',
  '/api/v1/cases',
  '/api/v1/safety-contacts',
  '/api/v1/cks-meetings',
  '/api/v1/rehousing/households',
  '/api/v1/alerting/incidents',
  '/api/v1/audit-events',
  '/api/v1/knowledge/search',
];

describe.each(TEST_DATABASES)('every GET route on the demo data, every role, on %s', (kind) => {
  let t: TestApp;
  const sessions = new Map<string, Session>();
  beforeAll(async () => {
    t = await buildTestApp(kind);
    await generateSyntheticData(t.db, { mode: 'demo', seed: 1 });
    for (const role of ROLES) {
      const email = `${role}@demo.example`;
      await addUser(t.db, t.planId, role, email);
      sessions.set(role, await signIn(t.app, email));
    }
  }, 300_000);
  afterAll(async () => t?.close());

  it('answers no 5xx, and every answer passes its response schema', async () => {
    const paths = await getPathsOf(t.app);
    expect(paths.length).toBeGreaterThan(40);
    const failures: string[] = [];
    const times: [number, string][] = [];
    let calls = 0;
    const personal = await personalValuesOf(t.db);
    const personalRoutes = new Set<string>();
    const reads = async () =>
      Number(
        (
          await t.db
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('action', 'in', ['read', 'export'])
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (const [role, session] of sessions) {
      const get = async (url: string) => {
        const before = await reads();
        const started = performance.now();
        const response = await t.app.inject({ method: 'GET', url, headers: as(session) });
        times.push([performance.now() - started, `${role} ${url}`]);
        calls += 1;
        if (response.statusCode >= 500)
          failures.push(`${role} GET ${url}: ${response.statusCode} ${response.body}`);
        if (response.statusCode === 200 && showsPersonal(response, personal)) {
          personalRoutes.add(`${role} ${url}`);
          if ((await reads()) === before)
            failures.push(`${role} GET ${url}: personal data, no read in the audit log`);
        }
        return response;
      };
      await walkGetRoutes(t.app, session, paths, get);
    }
    times.sort((a, b) => b[0] - a[0]);
    console.info(
      `${paths.length} GET operations × ${sessions.size} roles: ${calls} calls; slowest: ${times
        .slice(0, 3)
        .map(([ms, label]) => `${label} ${Math.round(ms)} ms`)
        .join(', ')}; answers with a resident's name or contact: ${[...personalRoutes].join(', ')}`,
    );
    // The worker's and the leader's lists, details and exports at least.
    expect(personalRoutes.size).toBeGreaterThanOrEqual(6);
    expect(failures).toEqual([]);
  }, 600_000);

  it('pages every paged list to its end: the pages add up to the total, no row twice, no cap', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, { get?: { parameters?: { in: string; name: string; required?: boolean }[] } }>;
    };
    const paged = Object.entries(doc.paths)
      .filter(([path, ops]) => !path.includes('{') && ops.get?.parameters?.some((p) => p.name === 'offset'))
      .map(([path, ops]) => ({
        path,
        // A required search text gets a word the demo data holds.
        base: ops.get?.parameters?.some((p) => p.required && p.name === 'q') ? 'q=job&' : '',
      }));
    expect(paged.map((p) => p.path)).toEqual(expect.arrayContaining(PAGED_LISTS));
    const failures: string[] = [];
    const walked: string[] = [];
    for (const [role, session] of sessions) {
      for (const { path, base } of paged) {
        const get = (query: string) =>
          t.app.inject({ method: 'GET', url: `${path}?${base}${query}`, headers: as(session) });
        const first = await get('limit=200');
        if (first.statusCode !== 200) continue;
        const key = Object.keys(first.json()).find((k) => Array.isArray(first.json()[k]));
        const total = first.json().total as number;
        const ids: string[] = [];
        // The audit log grows by one row with every page read of it (reading the log is logged).
        const growing = path === '/api/v1/audit-events';
        for (let offset = 0; !growing && offset < total + 200; offset += 200) {
          const page = (await get(`limit=200&offset=${offset}`)).json();
          const rows = (page[key ?? ''] ?? []) as {
            id?: string;
            entryId?: string;
            activity?: { id: string };
          }[];
          if (page.total !== total)
            failures.push(`${role} ${path}: total ${page.total}, first said ${total}`);
          ids.push(...rows.map((r) => r.id ?? r.entryId ?? r.activity?.id ?? ''));
          if (rows.length < 200) break;
        }
        if (!growing && ids.length !== total)
          failures.push(`${role} ${path}: ${ids.length} rows in the pages, total ${total}`);
        if (new Set(ids).size !== ids.length) failures.push(`${role} ${path}: a row on two pages`);
        for (const bad of ['limit=0', 'limit=201', 'offset=-1']) {
          const refused = await get(bad);
          if (refused.statusCode !== 400) failures.push(`${role} ${path}?${bad}: ${refused.statusCode}`);
        }
        if (total > 200) walked.push(`${role} ${path} ${total}`);
      }
    }
    console.info(`paged lists walked past one page of 200: ${walked.join(', ')}`);
    // The demo data fills more than one page of the lists a plan grows fastest.
    expect(walked.some((w) => w.startsWith('leader /api/v1/participants '))).toBe(true);
    expect(walked.some((w) => w.startsWith('leader /api/v1/cases '))).toBe(true);
    expect(failures).toEqual([]);
  }, 600_000);
});
