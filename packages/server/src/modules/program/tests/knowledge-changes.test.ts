import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPlan,
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { runRetention } from '../../../retention.ts';

type Revision = {
  change: string;
  reason: string;
  removedPersonalData: boolean;
  before: { title: string; body: string; year: number } | null;
  after: { title: string; body: string; year: number } | null;
};
type Entry = {
  id: string;
  title: string;
  body: string;
  ownPlan: boolean;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  revisions: Revision[];
};

// Issue 17: an entry of the plan's own videnbase is edited and withdrawn after saving, with a reason
// and a history. Tried as another plan's leader, a reader, an edit that removes a name (no earlier
// text may survive it, anywhere), a CPR number, and the retention job over the kept texts.
describe.each(TEST_DATABASES)('editing and withdrawing a videnbase entry, on %s', (kind) => {
  let t: TestApp;
  let worker: Session;
  let reader: Session;
  let otherPlanLeader: Session;
  let activityId: string;

  const create = async (title: string, body: string, extra: object = {}) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/entries',
      headers: as(worker, 'POST'),
      payload: {
        clientKey: crypto.randomUUID(),
        activityId,
        kind: 'method_note',
        year: 2025,
        title,
        body,
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const edit = (session: Session, id: string, payload: object) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/knowledge/entries/${id}`,
      headers: as(session, 'PATCH'),
      payload,
    });
  const withdraw = (session: Session, id: string, reason: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/knowledge/entries/${id}/withdrawal`,
      headers: as(session, 'POST'),
      payload: { reason },
    });
  const entryOf = async (id: string) => {
    const response = await t.app.inject({
      url: `/api/v1/knowledge/activities/${activityId}`,
      headers: as(worker),
    });
    return (response.json().entries as Entry[]).find((e) => e.id === id) as Entry;
  };
  const searchHits = async (q: string) =>
    (await t.app.inject({ url: `/api/v1/knowledge/search?q=${q}`, headers: as(worker) })).json().hits as {
      kind: string;
    }[];
  const keptTexts = async (id: string) =>
    JSON.stringify(
      await t.db
        .selectFrom('knowledge_entry_revision')
        .select(['before', 'after'])
        .where('entry_id', '=', id)
        .execute(),
    );

  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'worker', 'worker@viden-ret.dk');
    await addUser(t.db, t.planId, 'reader', 'reader@viden-ret.dk');
    worker = await signIn(t.app, 'worker@viden-ret.dk');
    reader = await signIn(t.app, 'reader@viden-ret.dk');
    const other = await addPlan(t.db, 'aarhus-2025-2028');
    await addUser(t.db, other, 'leader', 'leader@aarhus-ret.dk');
    otherPlanLeader = await signIn(t.app, 'leader@aarhus-ret.dk');
    const row = await t.db
      .selectFrom('plan_activity')
      .select('id')
      .where('plan_id', '=', t.planId)
      .where('slug', '=', 'fritidsjobraadgivning')
      .executeTakeFirstOrThrow();
    activityId = row.id;
  }, 120_000);
  afterAll(() => t?.close());

  it('edits the text with a reason; the history keeps before → after', async () => {
    const id = await create('Virksomhedsbesøg', 'Besøgene gav fritidsjob i detailhandlen.');
    const response = await edit(worker, id, {
      year: 2025,
      title: 'Virksomhedsbesøg i Vollsmose',
      body: 'Besøgene gav flest fritidsjob i detailhandlen og på lagre.',
      reason: 'Præciseret efter møde i følgegruppen',
    });
    expect(response.statusCode, response.body).toBe(200);
    const entry = await entryOf(id);
    expect(entry).toMatchObject({ title: 'Virksomhedsbesøg i Vollsmose', ownPlan: true });
    expect(entry.revisions).toEqual([
      expect.objectContaining({
        change: 'edit',
        reason: 'Præciseret efter møde i følgegruppen',
        removedPersonalData: false,
        before: { title: 'Virksomhedsbesøg', body: 'Besøgene gav fritidsjob i detailhandlen.', year: 2025 },
        after: expect.objectContaining({ title: 'Virksomhedsbesøg i Vollsmose' }),
      }),
    ]);
  });

  it('an edit that removes a name keeps no earlier text of the entry, in any revision', async () => {
    const id = await create('Fodboldholdet', 'Karim Jensen fra blok 12 kom hver uge.');
    await edit(worker, id, {
      year: 2025,
      title: 'Fodboldholdet i sommerferien',
      body: 'Karim Jensen fra blok 12 kom hver uge. Holdet voksede.',
      reason: 'Tilføjet om holdet',
    });
    expect(await keptTexts(id)).toContain('Karim Jensen');
    const removal = await edit(worker, id, {
      year: 2025,
      title: 'Fodboldholdet i sommerferien',
      body: 'En ung fra området kom hver uge. Holdet voksede.',
      reason: 'Et navn skulle ikke stå her',
      removesPersonalData: true,
    });
    expect(removal.statusCode, removal.body).toBe(200);
    expect(await keptTexts(id)).not.toContain('Karim');
    const entry = await entryOf(id);
    expect(JSON.stringify(entry)).not.toContain('Karim');
    expect(entry.revisions[0]).toMatchObject({ removedPersonalData: true, before: null });
  });

  it('withdraws with a reason: out of the search, still on its activity, marked; no edit after', async () => {
    const id = await create('Lektiecafé om lørdagen', 'Lørdagslektiecafeen havde få besøgende.');
    expect((await searchHits('lørdagslektiecafeen')).length).toBe(1);
    const response = await withdraw(worker, id, 'Erstattet af en nyere vurdering');
    expect(response.statusCode, response.body).toBe(200);
    expect(await searchHits('lørdagslektiecafeen')).toEqual([]);
    const entry = await entryOf(id);
    expect(entry).toMatchObject({ withdrawnReason: 'Erstattet af en nyere vurdering' });
    expect(entry.withdrawnAt).not.toBeNull();
    expect(entry.revisions[0]).toMatchObject({
      change: 'withdraw',
      reason: 'Erstattet af en nyere vurdering',
    });
    const again = await edit(worker, id, { year: 2025, title: 'Ny', body: 'Ny', reason: 'Forsøg' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(da.program.errors.entryWithdrawn);
    expect((await withdraw(worker, id, 'Igen')).statusCode).toBe(409);
  });

  it('refuses another plan, a reader, no change, no reason and a CPR number; nothing changes', async () => {
    const id = await create('Mentorordning', 'Mentorerne mødtes hver anden uge.');
    const same = { year: 2025, title: 'Mentorordning', body: 'Mentorerne mødtes hver anden uge.' };
    expect((await edit(otherPlanLeader, id, { ...same, title: 'X', reason: 'Y' })).statusCode).toBe(404);
    expect((await withdraw(otherPlanLeader, id, 'Y')).statusCode).toBe(404);
    expect((await edit(reader, id, { ...same, title: 'X', reason: 'Y' })).statusCode).toBe(403);
    const nothing = await edit(worker, id, { ...same, reason: 'Ingen ændring' });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.details[0].message).toBe(da.program.errors.nothingChanged);
    expect((await edit(worker, id, { ...same, title: 'Ny titel', reason: '' })).statusCode).toBe(400);
    const cpr = await edit(worker, id, { ...same, body: 'Se 010203-1234', reason: 'Rettet' });
    expect(cpr.json().error.code).toBe('KNOWLEDGE_CPR_REFUSED');
    expect(
      (await edit(worker, id, { ...same, title: 'Ny titel', reason: 'Se 010203-1234' })).statusCode,
    ).toBe(400);
    const entry = await entryOf(id);
    expect(entry).toMatchObject({ title: 'Mentorordning', revisions: [] });
  });

  it("redacts a confirmed e-mail address in the history's kept texts after the residents' period", async () => {
    const id = await create('Jobbank', 'Skriv til jobbank@example.dk for at komme med.', {
      confirmPersonalData: true,
    });
    await edit(worker, id, {
      year: 2025,
      title: 'Jobbank for unge',
      body: 'Skriv til jobbank@example.dk for at komme med.',
      reason: 'Ny titel',
      confirmPersonalData: true,
    });
    expect(await keptTexts(id)).toContain('jobbank@example.dk');
    await runRetention(t.db, { now: new Date(Date.now() + 3 * 86_400_000), periods: { residents: '1d' } });
    expect(await keptTexts(id)).not.toContain('jobbank@example.dk');
    expect(await keptTexts(id)).toContain(da.retention.redacted);
  });
});
