import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPlan,
  addUser,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { createTestDatabase, TEST_DATABASES } from '../../../../test/test-databases.ts';
import { restoreBackup, writeBackup } from '../../../platform/backup/backup.ts';
import { createDatabase } from '../../../platform/db/database.ts';
import { migrateToLatest } from '../../../platform/db/migrate.ts';
import { DOCUMENT_MAX_BYTES } from '../contract/documents.ts';
import { addMember, call, samplePdf, upload } from './support.ts';

type DocumentView = {
  id: string;
  kind: string;
  title: string;
  current: { id: string; version: number; fileName: string; sizeBytes: number };
  versions: Array<{ id: string; version: number; uploadedByName: string | null }>;
};

// Issue 23, item 4: the board's kommissorium and other plan documents, uploaded as PDF (at most
// 10 MB, checked by their first bytes), kept as versions, downloaded by the board, audited, and
// carried by backup and restore in the database itself.
describe.each(TEST_DATABASES)('plan documents (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  let reader: Session;
  let worker: Session;
  const KOMMISSORIUM = '/api/v1/documents?kind=kommissorium&fileName=kommissorium.pdf';

  beforeAll(async () => {
    t = await buildTestApp(kind);
    leader = (await addMember(t, 'leader', 'leder@dokument.test', null)).session;
    reader = (await addMember(t, 'reader', 'bestyrelse@dokument.test', null)).session;
    worker = (await addMember(t, 'worker', 'mentor@dokument.test', null)).session;
  }, 120_000);
  afterAll(() => t?.close());

  const documents = async (session: Session) => {
    const response = await call(t, session, 'GET', '/api/v1/documents');
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { documents: DocumentView[] }).documents;
  };
  const versionCount = async () =>
    Number(
      (
        await t.db
          .selectFrom('document_version')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('keeps each upload of the kommissorium as a version; the same file again is none; any version downloads', async () => {
    const first = await samplePdf('Kommissorium for bestyrelsen', 'Version et');
    const second = await samplePdf('Kommissorium for bestyrelsen', 'Version to');
    const created = await upload(t, leader, KOMMISSORIUM, first);
    expect(created.statusCode, created.body).toBe(201);
    const again = await upload(t, leader, KOMMISSORIUM, first);
    expect(again.statusCode).toBe(200);
    expect(again.json().created).toBe(false);
    const newer = await upload(
      t,
      leader,
      '/api/v1/documents?kind=kommissorium&fileName=C%3A%5Cdocs%5Ckom2.pdf',
      second,
    );
    expect(newer.statusCode).toBe(201);
    const document = newer.json().document as DocumentView;
    expect(document).toMatchObject({
      kind: 'kommissorium',
      title: da.planDocuments.kinds.kommissorium,
      current: { version: 2, fileName: 'kom2.pdf', sizeBytes: second.length },
    });
    expect(document.versions.map((v) => [v.version, v.uploadedByName])).toEqual([
      [2, 'Test leader'],
      [1, 'Test leader'],
    ]);

    const byVersion = await upload(t, leader, `/api/v1/documents/${document.id}/versions`, first);
    expect(byVersion.json().document.current.version).toBe(3);

    // The board reads the list and downloads any version, byte for byte.
    const [listed] = (await documents(reader)).filter((d) => d.kind === 'kommissorium');
    expect(listed?.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    for (const [version, bytes] of [
      [1, first],
      [2, second],
    ] as const) {
      const id = listed?.versions.find((v) => v.version === version)?.id;
      const file = await call(t, reader, 'GET', `/api/v1/documents/${listed?.id}/versions/${id}`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain(`version-${version}.pdf`);
      expect(Buffer.compare(file.rawPayload, bytes)).toBe(0);
    }
  });

  it('refuses a renamed non-PDF, an empty file and 10 MB + 1 byte in Danish, and stores nothing', async () => {
    const before = await versionCount();
    const word = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]);
    const cases: Array<[Buffer, string, string, number]> = [
      [word, 'application/pdf', da.planDocuments.errors.notPdf, 400],
      [word, 'application/octet-stream', da.planDocuments.errors.notPdf, 400],
      [
        Buffer.from(' %PDF-1.7 foran står et mellemrum'),
        'application/pdf',
        da.planDocuments.errors.notPdf,
        400,
      ],
      [Buffer.alloc(0), 'application/pdf', da.planDocuments.errors.empty, 400],
      [
        Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(DOCUMENT_MAX_BYTES + 1 - 9, 32)]),
        'application/pdf',
        da.planDocuments.errors.tooLarge,
        400,
      ],
    ];
    for (const [body, type, message, status] of cases) {
      const response = await upload(
        t,
        leader,
        `${KOMMISSORIUM.replace('kommissorium.pdf', 'rapport.pdf')}`,
        body,
        type,
      );
      expect(response.statusCode, message).toBe(status);
      expect(response.json().error).toMatchObject({ message, details: [{ field: 'file', message }] });
    }
    expect(await versionCount()).toBe(before);

    const exactly = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(DOCUMENT_MAX_BYTES - 9, 32)]);
    const fits = await upload(t, leader, '/api/v1/documents?kind=other&title=Stor%20bilagsfil', exactly);
    expect(fits.statusCode, fits.body).toBe(201);
    expect(fits.json().document.current.sizeBytes).toBe(DOCUMENT_MAX_BYTES);
  });

  it('refuses a JSON body, and asks a title of another document only', async () => {
    const pdf = await samplePdf('Forretningsorden');
    const json = await call(t, leader, 'POST', '/api/v1/documents?kind=indberetningsskema', { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toBe(da.planDocuments.errors.unsupportedType);
    const untitled = await upload(t, leader, '/api/v1/documents?kind=other', pdf);
    expect(untitled.json().error.details).toEqual([
      { field: 'title', message: da.planDocuments.errors.titleRequired },
    ]);
    const titled = await upload(t, leader, '/api/v1/documents?kind=kommissorium&title=Mit%20eget', pdf);
    expect(titled.statusCode).toBe(400);
    const other = await upload(t, leader, '/api/v1/documents?kind=other&title=Forretningsorden', pdf);
    expect(other.statusCode).toBe(201);
    expect(other.json().document).toMatchObject({ kind: 'other', title: 'Forretningsorden' });
  });

  it('lets the board and the workers download but not upload', async () => {
    const pdf = await samplePdf('Indberetningsskema');
    const before = await versionCount();
    const [kommissorium] = (await documents(leader)).filter((d) => d.kind === 'kommissorium');
    for (const session of [reader, worker]) {
      expect((await upload(t, session, '/api/v1/documents?kind=indberetningsskema', pdf)).statusCode).toBe(
        403,
      );
      expect(
        (await upload(t, session, `/api/v1/documents/${kommissorium?.id}/versions`, pdf)).statusCode,
      ).toBe(403);
      expect((await documents(session)).length).toBeGreaterThan(0);
    }
    expect(await versionCount()).toBe(before);
  });

  it("gives a user of another plan nothing, also for this plan's document and version ids", async () => {
    const otherPlan = await addPlan(t.db, 'anden-plan-dokument');
    await addUser(t.db, otherPlan, 'leader', 'leder@anden-dokument.test');
    const stranger = await signIn(t.app, 'leder@anden-dokument.test');
    const [ours] = (await documents(leader)).filter((d) => d.kind === 'kommissorium');
    expect(ours).toBeDefined();
    expect(await documents(stranger)).toEqual([]);
    const get = await call(t, stranger, 'GET', `/api/v1/documents/${ours?.id}/versions/${ours?.current.id}`);
    expect(get.statusCode).toBe(404);
    const before = await versionCount();
    const put = await upload(
      t,
      stranger,
      `/api/v1/documents/${ours?.id}/versions`,
      await samplePdf('Fremmed'),
    );
    expect(put.statusCode).toBe(404);
    expect(await versionCount()).toBe(before);
    // Their own kommissorium is theirs: the first version of a document of their own plan.
    const own = await upload(t, stranger, KOMMISSORIUM, await samplePdf('Andet kommissorium'));
    expect(own.json().document.current.version).toBe(1);
    expect(own.json().document.id).not.toBe(ours?.id);
  });

  it('audits every upload with who uploaded it', async () => {
    const response = await upload(
      t,
      leader,
      '/api/v1/documents?kind=indberetningsskema',
      await samplePdf('Skema'),
    );
    const document = response.json().document as DocumentView;
    const events = await t.db
      .selectFrom('audit_event')
      .select(['entity_type', 'action', 'actor_label'])
      .where('entity_id', 'in', [document.id, document.current.id])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { entity_type: 'document', action: 'create', actor_label: 'leder@dokument.test' },
      { entity_type: 'document_version', action: 'create', actor_label: 'leder@dokument.test' },
    ]);
  });

  it('is carried by backup and restore, bytes and all', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-documents-'));
    const file = path.join(dir, 'helhed.backup');
    const target = await createTestDatabase(kind);
    const { db: restored } = createDatabase(target.url, 2);
    try {
      await t.asOwner((owner) => writeBackup(owner, file, { plaintext: true }));
      await migrateToLatest(restored);
      await restoreBackup(restored, file);
      const read = (db: typeof t.db) =>
        db
          .selectFrom('document_version')
          .select(['id', 'version', 'sha256', 'content'])
          .orderBy('id')
          .execute();
      const [original, copy] = [await read(t.db), await read(restored)];
      expect(copy.length).toBeGreaterThan(3);
      // Compared by Buffer.equals: a deep equality over 10 MB byte by byte takes minutes.
      const summary = (rows: typeof original) =>
        rows.map((r) => [r.id, r.version, r.sha256.toString('hex'), r.content.length]);
      expect(summary(copy)).toEqual(summary(original));
      for (const [index, row] of copy.entries()) {
        expect(row.content.equals(original[index]?.content as Buffer)).toBe(true);
      }
    } finally {
      await restored.destroy();
      await target.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
