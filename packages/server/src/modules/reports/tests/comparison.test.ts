import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { call } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import type { ComparisonReport } from '../contract/comparison.ts';
import { addSecondPlan, enterValue } from './comparison-fixture.ts';

// Issue 20, item 6: the fixed indicators of several plans side by side. Tried as the leader of a
// plan who wants another plan's figures it was never given, as a board member counting on a small
// number being hidden, as a worker, and as the plan that takes its share back.

const URL = '/api/v1/reports/comparison?year=2025';
const SHARES = '/api/v1/reports/comparison/shares';
const t = da.reports.comparison;

describe.each(TEST_DATABASES)('plans side by side on %s', (kind) => {
  let app: TestApp;
  let aarhusId: string;
  let esbjergId: string;
  const s: Record<string, Session> = {};
  const get = async (who: string): Promise<ComparisonReport> => {
    const answer = await call(app, s[who] as Session, 'GET', URL);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json();
  };
  const share = (who: string, planIds: string[]) => call(app, s[who] as Session, 'PUT', SHARES, { planIds });
  const line = (report: ComparisonReport, key: string) => report.indicators.find((i) => i.key === key);
  const figuresOf = (report: ComparisonReport, key: string, planId: string) =>
    line(report, key)?.plans.find((p) => p.planId === planId)?.figures;
  const shareCount = async () =>
    Number(
      (
        await app.db
          .selectFrom('comparison_share')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    app = await buildTestApp(kind);
    aarhusId = await addSecondPlan(app.db, 'aarhus-2025-2028');
    esbjergId = await addSecondPlan(app.db, 'esbjerg-2025-2028');
    await enterValue(app.db, aarhusId, 'ovr-15-29-restgruppen', 2025, 17.5);
    await enterValue(app.db, aarhusId, 'ovr-15-29-restgruppen', 2024, 18.2);
    await enterValue(app.db, aarhusId, 'aarhus-beboere-i-job', 2025, 3);
    await enterValue(app.db, aarhusId, 'aarhus-beboere-i-job', 2024, 40);
    await enterValue(app.db, aarhusId, 'aarhus-delmaal', 2025, 61.37);
    await enterValue(app.db, app.planId, 'ovr-15-29-restgruppen', 2025, 20);
    const users: [string, string, Parameters<typeof addUser>[2]][] = [
      ['odenseLeader', app.planId, 'leader'],
      ['odenseReader', app.planId, 'reader'],
      ['odenseProgram', app.planId, 'program_reader'],
      ['odenseWorker', app.planId, 'worker'],
      ['odenseAlerting', app.planId, 'alerting'],
      ['aarhusLeader', aarhusId, 'leader'],
      ['aarhusReader', aarhusId, 'reader'],
      ['esbjergLeader', esbjergId, 'leader'],
    ];
    for (const [who, planId, role] of users) {
      await addUser(app.db, planId, role, `${who.toLowerCase()}@side.test`);
      s[who] = await signIn(app.app, `${who.toLowerCase()}@side.test`);
    }
  });
  afterAll(() => app.close());

  it('shows the own plan alone, and only its fixed indicators, until another plan shares', async () => {
    const report = await get('odenseLeader');
    expect(report.plans.map((p) => [p.id, p.own])).toEqual([[app.planId, true]]);
    expect(report.indicators).toHaveLength(9);
    expect(report.indicators.every((i) => i.key.startsWith('ovr-'))).toBe(true);
    const rows = figuresOf(report, 'ovr-15-29-restgruppen', app.planId)?.rows ?? [];
    expect(rows.find((r) => r.areaName === 'Vollsmose')?.value).toBe(20);
    expect((await get('aarhusLeader')).plans.map((p) => p.id)).toEqual([aarhusId]);
  });

  it('lets a plan share with another, one way only, and never its delmål indicators', async () => {
    const answer = await share('aarhusLeader', [app.planId]);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().plans).toContainEqual({ id: app.planId, name: expect.any(String), shared: true });
    const report = await get('odenseLeader');
    expect(report.plans.map((p) => [p.id, p.own])).toEqual([
      [app.planId, true],
      [aarhusId, false],
    ]);
    const aarhus = figuresOf(report, 'ovr-15-29-restgruppen', aarhusId);
    expect(aarhus?.municipality).toEqual({ label: 'Aarhus Kommune', value: 10 });
    const gellerup = aarhus?.rows.find((r) => r.areaName === 'Gellerup');
    expect([gellerup?.value, gellerup?.previousValue, gellerup?.change]).toEqual([17.5, 18.2, 'down']);
    expect(figuresOf(report, 'ovr-1-5-aarige-i-dagtilbud', aarhusId)).toBeNull();
    expect(figuresOf(report, 'aarhus-beboere-i-job', app.planId)).toBeNull();
    expect(line(report, 'aarhus-delmaal')).toBeUndefined();
    expect(JSON.stringify(report)).not.toMatch(/61\.37|lokalt forløb/);
    // One way: Odense shared nothing, so Aarhus sees itself alone; Esbjerg was never given anything.
    expect((await get('aarhusLeader')).plans.map((p) => p.id)).toEqual([aarhusId]);
    expect((await get('esbjergLeader')).plans.map((p) => p.id)).toEqual([esbjergId]);
  });

  it('hides a small count as the sharing plan itself publishes it, for every role that reads', async () => {
    const own = await call(app, s.aarhusReader as Session, 'GET', '/api/v1/reports/annual?year=2025');
    const ownRows = own
      .json()
      .focusAreas.flatMap((g: { indicators: { key: string; rows: unknown[] }[] }) => g.indicators)
      .find((i: { key: string }) => i.key === 'aarhus-beboere-i-job').rows;
    for (const who of ['odenseLeader', 'odenseReader', 'odenseProgram']) {
      const rows = figuresOf(await get(who), 'aarhus-beboere-i-job', aarhusId)?.rows;
      expect(rows).toEqual(ownRows);
      expect(rows?.find((r) => r.areaName === 'Gellerup')?.value).toBe('x');
    }
  });

  it('refuses the comparison to workers and the beredskab, and the shares to everyone but the leadership', async () => {
    for (const who of ['odenseWorker', 'odenseAlerting']) {
      expect((await call(app, s[who] as Session, 'GET', URL)).statusCode).toBe(403);
    }
    for (const who of ['odenseWorker', 'odenseReader', 'odenseProgram', 'odenseAlerting']) {
      expect((await call(app, s[who] as Session, 'GET', SHARES)).statusCode).toBe(403);
      expect((await share(who, [aarhusId])).statusCode).toBe(403);
    }
    expect(await shareCount()).toBe(1);
  });

  it('answers bad input in Danish and changes nothing', async () => {
    const before = await shareCount();
    const cases: [unknown, string | null][] = [
      [[crypto.randomUUID()], t.errors.unknownPlan],
      [[aarhusId], t.errors.ownPlan],
      [[app.planId, app.planId], t.errors.repeated],
      [['ikke-et-id'], null],
    ];
    for (const [planIds, message] of cases) {
      const answer = await call(app, s.aarhusLeader as Session, 'PUT', SHARES, { planIds });
      expect(answer.statusCode, answer.body).toBe(400);
      if (message) expect(answer.json().error.details[0].message).toBe(message);
    }
    const extra = await call(app, s.aarhusLeader as Session, 'PUT', SHARES, {
      planIds: [],
      planId: esbjergId,
    });
    expect(extra.statusCode).toBe(400);
    // Naming another plan in the query is refused, not obeyed.
    for (const query of [`&planId=${aarhusId}`, `&plan=${aarhusId}`, '&year=2024']) {
      const answer = await call(app, s.esbjergLeader as Session, 'GET', `${URL}${query}`);
      expect(answer.statusCode, query).toBe(400);
    }
    for (const year of ['1999', 'år', '2025.5', '']) {
      const answer = await call(
        app,
        s.odenseLeader as Session,
        'GET',
        `/api/v1/reports/comparison?year=${year}`,
      );
      expect(answer.statusCode, year).toBe(400);
      expect(answer.json().error.message).toMatch(/[æøå]|Året|Ugyldig/);
    }
    expect(await shareCount()).toBe(before);
    expect((await get('esbjergLeader')).plans).toHaveLength(1);
  });

  it('takes a share back at once, and the audit log names who shared and who took it back', async () => {
    expect((await share('aarhusLeader', [])).statusCode).toBe(200);
    expect((await get('odenseLeader')).plans.map((p) => p.id)).toEqual([app.planId]);
    const events = await app.db
      .selectFrom('audit_event')
      .select(['action', 'actor_label', 'plan_id'])
      .where('entity_type', '=', 'comparison_share')
      .orderBy('occurred_at')
      .execute();
    expect(events).toEqual([
      { action: 'create', actor_label: 'aarhusleader@side.test', plan_id: aarhusId },
      { action: 'delete', actor_label: 'aarhusleader@side.test', plan_id: aarhusId },
    ]);
  });

  it('downloads the same figures as XLSX and CSV', async () => {
    await share('aarhusLeader', [app.planId]);
    const csv = await call(app, s.odenseReader as Session, 'GET', `${URL}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('planer-side-om-side-2025');
    expect(csv.body).toContain('Gellerup');
    expect(csv.body).toMatch(/Antal beboere, der er kommet i job[^\n]*Gellerup[^\n]*x/);
    const xlsx = await call(app, s.odenseReader as Session, 'GET', `${URL}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
