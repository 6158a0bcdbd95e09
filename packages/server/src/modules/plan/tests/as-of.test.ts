import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { delaftalerAt } from '../service/as-of.ts';

// The delaftaler as of a day (issue 20, item 4) must be exactly what the plan's own pages showed
// then. The property edits the plan through the API and behind it, snapshots every focus area's
// page after each step, and then rebuilds each step's moment from the history alone.

const dayOffset = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

type Op =
  | { kind: 'hours'; area: number; hours: number }
  | { kind: 'revision'; area: number; text: string }
  | { kind: 'activity'; area: number; name: string }
  | { kind: 'goal-text'; goal: number; text: string }
  | { kind: 'baseline-value'; baseline: number; value: number }
  | { kind: 'baseline-delete'; baseline: number };

const words = fc.stringMatching(/^[A-Za-zæøåÆØÅ ]{3,30}$/).map((s) => s.trim() || 'tekst');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('hours' as const),
    area: fc.nat(20),
    hours: fc.integer({ min: 0, max: 5000 }).map((h) => h / 10),
  }),
  fc.record({ kind: fc.constant('revision' as const), area: fc.nat(20), text: words }),
  fc.record({ kind: fc.constant('activity' as const), area: fc.nat(20), name: words }),
  fc.record({ kind: fc.constant('goal-text' as const), goal: fc.nat(200), text: words }),
  fc.record({
    kind: fc.constant('baseline-value' as const),
    baseline: fc.nat(500),
    value: fc.integer({ min: 0, max: 1000 }),
  }),
  fc.record({ kind: fc.constant('baseline-delete' as const), baseline: fc.nat(500) }),
);

describe.each(TEST_DATABASES)('delaftaler as of a day on %s', (kind) => {
  let t: TestApp;
  const s: Record<'leader' | 'reader' | 'worker', Session> = {} as never;
  let slugs: string[];
  const get = (session: Session, url: string) =>
    t.app.inject({ method: 'GET', url, headers: as(session, 'GET') });
  const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: as(s.leader, method), payload });
  const now = async () =>
    (await sql<{ at: Date }>`select clock_timestamp() as at`.execute(t.db)).rows[0]?.at as Date;
  const withoutUpdatedAt = (areas: Array<{ subAgreement: Record<string, unknown> }>) =>
    areas.map((a) => ({ ...a, subAgreement: { ...a.subAgreement, updatedAt: null } }));
  const pages = async () =>
    withoutUpdatedAt(
      await Promise.all(
        slugs.map(async (slug) => (await get(s.reader, `/api/v1/plan/focus-areas/${slug}`)).json()),
      ),
    );

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const role of ['leader', 'reader', 'worker'] as const) {
      await addUser(t.db, t.planId, role, `${role}@asof.dk`);
      s[role] = await signIn(t.app, `${role}@asof.dk`);
    }
    slugs = (await get(s.reader, '/api/v1/plan')).json().focusAreas.map((f: { slug: string }) => f.slug);
  });
  afterAll(() => t.close());

  async function apply(step: Op): Promise<void> {
    const slug = 'area' in step ? (slugs[step.area % slugs.length] as string) : '';
    if (step.kind === 'hours' || step.kind === 'revision') {
      const focus = (await get(s.leader, `/api/v1/plan/focus-areas/${slug}`)).json();
      const body = step.kind === 'hours' ? { weeklyStaffHours: step.hours } : { revisionText: step.text };
      const response = await send('PATCH', `/api/v1/plan/sub-agreements/${focus.subAgreement.id}`, body);
      expect(response.statusCode, response.body).toBe(200);
    } else if (step.kind === 'activity') {
      const response = await send('POST', '/api/v1/plan/activities', {
        clientKey: crypto.randomUUID(),
        name: step.name,
        focusAreaSlug: slug,
      });
      expect(response.statusCode, response.body).toBe(201);
    } else {
      // Behind the API (no route edits goals or baselines yet), as an import or a later route would.
      await t.asOwner((owner) =>
        withTransaction(owner, systemActor('test', t.planId), async (trx) => {
          if (step.kind === 'goal-text') {
            const goals = await trx
              .selectFrom('plan_goal')
              .select('id')
              .where('plan_id', '=', t.planId)
              .orderBy('id')
              .execute();
            const goal = goals[step.goal % goals.length];
            if (goal)
              await trx.updateTable('plan_goal').set({ text: step.text }).where('id', '=', goal.id).execute();
            return;
          }
          const rows = await trx
            .selectFrom('plan_baseline')
            .select('id')
            .where('plan_id', '=', t.planId)
            .orderBy('id')
            .execute();
          const row = rows[step.baseline % rows.length];
          if (!row) return;
          if (step.kind === 'baseline-delete')
            await trx.deleteFrom('plan_baseline').where('id', '=', row.id).execute();
          else
            await trx
              .updateTable('plan_baseline')
              .set({ value: step.value, status: 'given' })
              .where('id', '=', row.id)
              .execute();
        }),
      );
    }
  }

  it('rebuilds every earlier moment exactly as the pages showed it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), async (steps) => {
        const moments: Array<{ at: Date; pages: unknown }> = [{ at: await now(), pages: await pages() }];
        for (const step of steps) {
          await apply(step);
          moments.push({ at: await now(), pages: await pages() });
        }
        for (const moment of moments) {
          const asOf = await delaftalerAt(t.db, t.planId, moment.at);
          expect(withoutUpdatedAt(asOf.focusAreas)).toEqual(moment.pages);
        }
      }),
      { numRuns: 6 },
    );
  });

  it('answers the reader by date, with the changes since; refuses dates outside the plan and today', async () => {
    const yesterday = dayOffset(-1);
    const today = dayOffset(0);
    const before = (await get(s.reader, `/api/v1/plan/sub-agreements/as-of?date=${yesterday}`)).json();
    const current = (await get(s.reader, `/api/v1/plan/sub-agreements/as-of?date=${today}`)).json();
    expect(current.changesSince).toBe(0);
    expect(before.changesSince).toBeGreaterThan(0);
    const since = (await get(s.reader, `/api/v1/plan/changes?after=${yesterday}&limit=1`)).json();
    const sinceToday = (await get(s.reader, `/api/v1/plan/changes?after=${today}&limit=1`)).json();
    expect(sinceToday.total).toBe(0);
    // The property's edits behind the API count too: the history has them all.
    expect(since.total).toBe(before.changesSince);
    // Yesterday the plan was as loaded: the seed's hours for Beskæftigelse.
    const work = before.focusAreas.find((f: { slug: string }) => f.slug === 'beskaeftigelse');
    expect(work.subAgreement.weeklyStaffHours).toBe(219);

    for (const bad of ['2020-01-01', dayOffset(2), '2025-02-30', 'i går']) {
      const response = await get(
        s.reader,
        `/api/v1/plan/sub-agreements/as-of?date=${encodeURIComponent(bad)}`,
      );
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().error.details[0].field).toBe('date');
    }
    const outside = await get(s.reader, '/api/v1/plan/sub-agreements/as-of?date=2020-01-01');
    expect(outside.json().error.details[0].message).toMatch(/^Vælg en dato fra planperiodens start/);
    expect((await get(s.worker, `/api/v1/plan/sub-agreements/as-of?date=${today}`)).statusCode).toBe(403);
  });

  it('downloads the same delaftaler as XLSX and as an accessible PDF', async () => {
    const date = dayOffset(-1);
    const xlsx = await get(s.reader, `/api/v1/plan/sub-agreements/as-of?date=${date}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(`attachment; filename="delaftaler-pr-${date}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Delaftaler',
      'Delmål og indikatorer',
      'Aktiviteter',
    ]);
    const goals = workbook.getWorksheet('Delmål og indikatorer');
    const header = goals?.getRow(1).values as unknown[];
    expect(header).toContain('Baseline boligområde');
    expect(header).toContain('Datakilde');

    const pdf = await get(s.reader, `/api/v1/plan/sub-agreements/as-of?date=${date}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const long = new Intl.DateTimeFormat('da-DK', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
    expectAccessiblePdf(pdf.rawPayload, `Delaftaler pr. ${long}`, [
      'H1 Delaftaler pr.',
      'H2 Beskæftigelse',
      'TH Delmål',
    ]);
  });
});
