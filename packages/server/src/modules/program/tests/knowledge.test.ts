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
import { rowsOf } from '../../../platform/retention/run.ts';
import { runRetention } from '../../../retention.ts';
import { rowCount } from './support.ts';

interface Hit {
  kind: string;
  activity: { id: string; name: string; planName: string };
  lineOfWork: { name: string; planName: string }[];
  snippet: string;
}

// The knowledge base on both databases: Danish full-text search across plans, filters, the line
// of work across plans, and the personal-data guard enforced by the server.
describe.each(TEST_DATABASES)('knowledge base on %s', (kind) => {
  let t: TestApp;
  let worker: Session;
  const search = async (query: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/knowledge/search?${query}`,
      headers: as(worker),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().hits as Hit[];
  };
  const post = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/knowledge/entries', headers: as(worker, 'POST'), payload });
  const countEntries = () => rowCount(t.db, 'knowledge_entry');
  let jobActivityId: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'worker', 'worker@viden.dk');
    worker = await signIn(t.app, 'worker@viden.dk');
    const row = await t.db
      .selectFrom('plan_activity')
      .select('id')
      .where('plan_id', '=', t.planId)
      .where('slug', '=', 'fritidsjobraadgivning')
      .executeTakeFirstOrThrow();
    jobActivityId = row.id;
  });
  afterAll(() => t.close());

  it('finds "fritidsjob" in the 2016-2020 and the 2024-2028 plan, linked as one line of work', async () => {
    const hits = await search('q=fritidsjob');
    const activities = hits
      .filter((h) => h.kind === 'activity')
      .map((h) => `${h.activity.name} | ${h.activity.planName}`);
    expect(activities).toEqual(
      expect.arrayContaining([
        'Fritids- og studiejobrådgivning | Boligsocial helhedsplan i Vollsmose 2016-2020',
        expect.stringMatching(/^Fritidsjobrådgivning \| /),
      ]),
    );
    const line = hits.find((h) => h.activity.name === 'Fritidsjobrådgivning')?.lineOfWork.map((a) => a.name);
    expect(line).toEqual(['Fritids- og studiejobrådgivning', 'Fritidsjobrådgivning']);
    expect(hits.some((h) => h.kind === 'entry' && h.snippet.includes('‹‹'))).toBe(true);
  });

  it('filters by year, indsatsområde and area', async () => {
    const in2017 = await search('q=fritidsjob&year=2017');
    expect(new Set(in2017.map((h) => h.activity.planName))).toEqual(
      new Set(['Boligsocial helhedsplan i Vollsmose 2016-2020']),
    );
    const { focusAreas } = (
      await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/filters', headers: as(worker) })
    ).json() as { focusAreas: { id: string; name: string }[] };
    const crime = focusAreas.find((f) => f.name === 'Kriminalitetsforebyggelse');
    const byFocus = await search(`q=fritidsjob&focusArea=${crime?.id}`);
    expect(byFocus.length).toBeGreaterThan(0);
    expect(byFocus.every((h) => h.activity.name === 'Fritidsjobrådgivning')).toBe(true);
    expect(await search('q=fritidsjob&area=rising')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ activity: expect.objectContaining({ name: 'Fritidsjobrådgivning' }) }),
      ]),
    );
    expect(
      (await search('q=fritidsjob&area=rising')).some((h) => h.activity.planName.includes('2016-2020')),
    ).toBe(false);
  });

  it("shows one activity with the whole line's method notes", async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/knowledge/activities/${jobActivityId}`,
      headers: as(worker),
    });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.lineOfWork).toHaveLength(2);
    expect(view.entries.filter((e: { kind: string }) => e.kind === 'method_note')).toHaveLength(2);
  });

  const entry = (body: string, extra: object = {}) => ({
    clientKey: crypto.randomUUID(),
    activityId: jobActivityId,
    kind: 'assessment',
    assessor: 'foelgegruppe',
    year: 2025,
    title: 'Følgegruppens vurdering 2025',
    body,
    ...extra,
  });

  it('refuses a text with a CPR number with a Danish message and saves nothing', async () => {
    const before = await countEntries();
    const response = await post(entry('Drøftet sagen for 010203-1234 på mødet.'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'KNOWLEDGE_CPR_REFUSED' });
    expect(response.json().error.message).toContain('CPR-nummer');
    const confirmed = await post(entry('Ring 0102031234.', { confirmPersonalData: true }));
    expect(confirmed.statusCode).toBe(400);
    expect(await countEntries()).toBe(before);
  });

  it('asks for confirmation of an e-mail address, then saves, and the entry is searchable', async () => {
    const text = 'Virksomhedsbesøgene gav flest fritidsjob i detailhandlen. Kontakt: sekretariat@example.dk';
    const unconfirmed = await post(entry(text));
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error.code).toBe('KNOWLEDGE_PERSONAL_DATA_UNCONFIRMED');
    const saved = await post(entry(text, { confirmPersonalData: true }));
    expect(saved.statusCode, saved.body).toBe(201);
    const hits = await search('q=detailhandlen');
    expect(hits.map((h) => h.kind)).toEqual(['entry']);
    // A title at its 300-character limit with a phone number: "[slettet]" is one character longer.
    const longTitle = `${'Referat '.repeat(36)}tlf 20304050`.slice(-300);
    const full = await post(entry('Notat.', { title: longTitle, confirmPersonalData: true }));
    expect(full.statusCode, full.body).toBe(201);
    // After the residents' period the confirmed address goes; the note and its knowledge stay.
    const outcome = await runRetention(t.db, {
      now: new Date(Date.now() + 3 * 86_400_000),
      periods: { residents: '1d' },
    });
    expect(rowsOf(outcome, 'knowledge_entry')).toBeGreaterThanOrEqual(1);
    const body = await t.db
      .selectFrom('knowledge_entry')
      .select('body')
      .where('id', '=', saved.json().id)
      .executeTakeFirst();
    expect(body?.body).toBe('Virksomhedsbesøgene gav flest fritidsjob i detailhandlen. Kontakt: [slettet]');
    expect((await search('q=detailhandlen')).map((h) => h.kind)).toEqual(['entry']);
    const title = await t.db
      .selectFrom('knowledge_entry')
      .select('title')
      .where('id', '=', full.json().id)
      .executeTakeFirst();
    expect(title?.title).toMatch(/^Referat .*tlf \[slettet/);
    expect(title?.title).not.toContain('20304050');
    expect(title?.title.length).toBeLessThanOrEqual(300);
  });

  it('stores a text attachment and refuses a file that is not what it claims to be', async () => {
    const file = {
      name: 'referat.txt',
      type: 'text/plain',
      base64: Buffer.from('Referat af følgegruppemødet.').toString('base64'),
    };
    const saved = await post(entry('Referat vedlagt.', { kind: 'document', assessor: null, file }));
    expect(saved.statusCode, saved.body).toBe(201);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/knowledge/entries/${saved.json().id}/file`,
      headers: as(worker),
    });
    expect(download.body).toBe('Referat af følgegruppemødet.');
    const fake = {
      name: 'x.pdf',
      type: 'application/pdf',
      base64: Buffer.from('not a pdf').toString('base64'),
    };
    expect(
      (await post(entry('Falsk PDF.', { kind: 'document', assessor: null, file: fake }))).statusCode,
    ).toBe(415);
    const exe = { name: 'x.exe', type: 'application/x-msdownload', base64: 'AAAA' };
    expect((await post(entry('Program.', { kind: 'document', assessor: null, file: exe }))).statusCode).toBe(
      415,
    );
  });

  it('shows a user of a plan outside the program neither the program nor its knowledge', async () => {
    const otherPlan = await addPlan(t.db, 'aarhus-2025-2028');
    await addUser(t.db, otherPlan, 'leader', 'leader@aarhus.dk');
    const other = await signIn(t.app, 'leader@aarhus.dk');
    const program = await t.app.inject({
      method: 'GET',
      url: '/api/v1/programs/vollsmose',
      headers: as(other),
    });
    expect(program.statusCode).toBe(404);
    const hits = await t.app.inject({
      method: 'GET',
      url: '/api/v1/knowledge/search?q=fritidsjob',
      headers: as(other),
    });
    expect(hits.json().hits).toEqual([]);
    const activity = await t.app.inject({
      method: 'GET',
      url: `/api/v1/knowledge/activities/${jobActivityId}`,
      headers: as(other),
    });
    expect(activity.statusCode).toBe(404);
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/entries',
      headers: as(other, 'POST'),
      payload: entry('Forsøg på at skrive i en anden plans videnbase.'),
    });
    expect(write.statusCode).toBe(404);
  });
});
