import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { countRows } from '../../../../test/count-rows.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { ByBirthYear } from '../service/import-candidates.ts';
import { importKey, parseDay } from '../service/import-rows.ts';

// Issue 17: a plan brings its participants, attendance lists and volunteers from its spreadsheets.
// Tried as the worker whose file has mistakes in it (nothing may be saved, each bad row named), as
// the one who imports the same file twice, and as a worker naming people of another team.

const CSV = 'text/csv';
type Report = {
  committed: boolean;
  counts: Record<'create' | 'update' | 'unchanged' | 'refused', number>;
  rows: Array<{ row: number; outcome: string; label: string; reasons: string[]; duplicates: string[] }>;
};

describe('the cells of an import file', () => {
  it('reads Danish and ISO days and refuses days that do not exist', () => {
    expect(parseDay('2025-03-31')).toBe('2025-03-31');
    expect(parseDay('31-03-2025')).toBe('2025-03-31');
    expect(parseDay('1.4.2025')).toBe('2025-04-01');
    expect(parseDay('31/4/2025')).toBeNull();
    expect(parseDay('2025-02-29')).toBeNull();
    expect(parseDay('marts 2025')).toBeNull();
    expect(parseDay('1899-01-01')).toBeNull();
  });
  it('compares a row only with records its birth year does not rule out, in the order added', () => {
    const items = [1990, null, 1991, 1990, null].map((birth_year, row) => ({ row, birth_year }));
    const years = new ByBirthYear(items);
    expect(years.candidates(1990).map((i) => i.row)).toEqual([0, 1, 3, 4]);
    expect(years.candidates(1985).map((i) => i.row)).toEqual([1, 4]);
    expect(years.candidates(undefined)).toHaveLength(5);
    expect(new ByBirthYear(items.slice(0, 1)).candidates(1990)).toEqual(items.slice(0, 1));
  });
  it('gives the same row the same key, and another plan or kind another', () => {
    const key = importKey('p', 'participants', ['Amina', '1990']);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importKey('p', 'participants', ['Amina', '1990'])).toBe(key);
    expect(importKey('q', 'participants', ['Amina', '1990'])).not.toBe(key);
    expect(importKey('p', 'volunteers', ['Amina', '1990'])).not.toBe(key);
  });
});

describe.each(TEST_DATABASES)('bulk import on %s', (kind) => {
  let t: TestApp;
  let worker: Session;
  let southWorker: Session;
  let areaName: string;
  let courseTitle: string;

  const upload = (session: Session, path: string, mode: string, content: Buffer | string, type = CSV) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/${path}?mode=${mode}`,
      headers: { ...as(session, 'POST'), 'content-type': type },
      payload: content,
    });
  const dryRun = async (session: Session, path: string, content: string) => {
    const response = await upload(session, path, 'dry-run', content);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Report;
  };

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const refs = await planRefs(t);
    const area = await t.db
      .selectFrom('plan_area')
      .select('name')
      .where('id', '=', refs.areaId)
      .executeTakeFirstOrThrow();
    areaName = area.name;
    const nord = await addTeam(t.db, t.planId, 'Team Nord');
    const syd = await addTeam(t.db, t.planId, 'Team Syd');
    worker = (await addMember(t, 'worker', 'nord@import.test', nord)).session;
    southWorker = (await addMember(t, 'worker', 'syd@import.test', syd)).session;
    const created = await call(
      t,
      southWorker,
      'POST',
      '/api/v1/participants',
      participantBody(refs, 'Hodan Syd'),
    );
    expect(created.statusCode).toBe(201);
    courseTitle = 'Bydelsløftere, forår 2027';
    const course = await call(t, worker, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId: refs.courseActivityId,
      kind: 'course',
      title: courseTitle,
      startsOn: '2027-02-01',
    });
    expect(course.statusCode).toBe(201);
  }, 120_000);
  afterAll(() => t?.close());

  const TABLES = [
    'participant',
    'participant_consent',
    'group_enrolment',
    'group_attendance',
    'volunteer',
  ] as const;
  /** What an import may write: the rows of its tables, and the sessions with a day. */
  const snapshot = async () => {
    const counts = await Promise.all(TABLES.map((table) => countRows(t.db, table)));
    const days = await t.db
      .selectFrom('group_session')
      .select('id')
      .where('held_on', 'is not', null)
      .execute();
    return [...counts, days.length];
  };

  const participantsCsv = (rows: string[]) =>
    ['navn;fødselsår;køn;område;samtykke givet;statistik;partnerkontakt;partnere', ...rows].join('\n');

  it('reports each participant row and saves nothing in a dry run', async () => {
    const before = await snapshot();
    const report = await dryRun(
      worker,
      'participant-imports',
      participantsCsv([
        `Amina Hassan;1994;kvinde;${areaName};2026-09-01;ja;nej;`,
        `Amina Hasan;1994;kvinde;${areaName};01-09-2026;nej;nej;`,
        'Omar 010190-1234;1990;mand;;2026-09-01;nej;nej;',
        'Ida Jensen;1890;hun;Atlantis;;måske;ja;',
      ]),
    );
    expect(report.committed).toBe(false);
    expect(report.counts).toEqual({ create: 2, update: 0, unchanged: 0, refused: 2 });
    expect(report.rows[1]?.duplicates).toEqual(['ligner række 2 (Amina Hassan)']);
    expect(report.rows[2]?.reasons[0]).toContain('CPR');
    expect(report.rows[3]?.reasons).toEqual(
      expect.arrayContaining([
        '"fødselsår" skal være et årstal som 1987',
        '"køn" skal være kvinde, mand, andet eller tom',
        'området "Atlantis" findes ikke i planen',
        '"samtykke givet" mangler',
        '"statistik" skal være "ja" eller "nej"',
      ]),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a commit with a bad row and saves nothing, then saves a fixed file once', async () => {
    const before = await snapshot();
    const bad = participantsCsv([
      `Amina Hassan;1994;kvinde;${areaName};2026-09-01;ja;nej;`,
      'Omar Ali;1990;mand;;2026-13-01;nej;nej;',
    ]);
    const refused = await upload(worker, 'participant-imports', 'commit', bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { field: 'Række 3', message: '"samtykke givet" skal være en dato som 2025-03-31 eller 31-03-2025' },
    ]);
    expect(await snapshot()).toEqual(before);
    const fixed = bad.replace('2026-13-01', '2026-10-01');
    expect((await dryRun(worker, 'participant-imports', fixed)).counts.create).toBe(2);
    expect(await snapshot()).toEqual(before);
    const saved = await upload(worker, 'participant-imports', 'commit', fixed);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as Report).counts).toMatchObject({ create: 2, refused: 0 });
    const again = await upload(worker, 'participant-imports', 'commit', fixed);
    expect((again.json() as Report).counts).toMatchObject({ create: 0, unchanged: 2 });
    const consents = await t.db
      .selectFrom('participant_consent')
      .innerJoin('participant', 'participant.id', 'participant_consent.participant_id')
      .select(['participant.display_name', 'for_statistics', 'for_partner_contact', 'given_on'])
      .where('participant.display_name', 'in', ['Amina Hassan', 'Omar Ali'])
      .orderBy('participant.display_name')
      .execute();
    expect(
      consents.map((c) => [c.display_name, c.for_statistics, c.for_partner_contact, c.given_on]),
    ).toEqual([
      ['Amina Hassan', true, false, '2026-09-01'],
      ['Omar Ali', false, false, '2026-10-01'],
    ]);
  });

  it('imports an attendance list: enrols, marks, names each bad row, and never reaches another team', async () => {
    const csv = (rows: string[]) => ['hold;gang;dato;deltager;fødselsår;til stede', ...rows].join('\n');
    const list = csv([
      `${courseTitle};1;2027-02-01;Amina Hassan;1994;ja`,
      `${courseTitle};1;2027-02-01;Omar Ali;;ja`,
      `${courseTitle};2;2027-02-08;Amina Hassan;;ja`,
    ]);
    const bad = `${list}\n${courseTitle};9;;Amina Hassan;;ja\n${courseTitle};1;;Hodan Syd;;ja\nYoga;1;;Omar Ali;;ja`;
    const before = await snapshot();
    const refused = await upload(worker, 'attendance-imports', 'commit', bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'Række 5',
      'Række 6',
      'Række 7',
    ]);
    expect(refused.body).not.toContain('Hodan Syd (');
    expect(await snapshot()).toEqual(before);
    const saved = await upload(worker, 'attendance-imports', 'commit', list);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as Report).counts).toEqual({ create: 3, update: 0, unchanged: 0, refused: 0 });
    const absent = await dryRun(worker, 'attendance-imports', csv([`${courseTitle};2;;Amina Hassan;;nej`]));
    expect(absent.counts.update).toBe(1);
    // A later row of the same file sees what an earlier one did to the same session.
    const both = csv([`${courseTitle};3;;Amina Hassan;;ja`, `${courseTitle};3;;Amina Hassan;;nej`]);
    expect((await dryRun(worker, 'attendance-imports', both)).rows.map((r) => r.outcome)).toEqual([
      'create',
      'update',
    ]);
    const other = await dryRun(southWorker, 'attendance-imports', list);
    expect(other.counts.refused).toBe(3);
    expect(other.rows[0]?.reasons[0]).toBe(`intet hold, du har adgang til, hedder "${courseTitle}"`);
  });

  it('imports volunteers from an XLSX file and fills in an end day the second time', async () => {
    const sheet = async (rows: string[][]) => {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet('Frivillige');
      ws.addRow(['Deltager', 'Start', 'Slut']);
      for (const row of rows) ws.addRow(row);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const first = await upload(
      worker,
      'volunteer-imports',
      'commit',
      await sheet([['Omar Ali', '2026-05-01', '']]),
      xlsx,
    );
    expect(first.statusCode, first.body).toBe(200);
    expect((first.json() as Report).counts.create).toBe(1);
    const ended = await sheet([['Omar Ali', '01-05-2026', '30-11-2026']]);
    const second = await upload(worker, 'volunteer-imports', 'commit', ended, xlsx);
    expect((second.json() as Report).counts).toMatchObject({ update: 1, create: 0 });
    const wrong = await sheet([
      ['Omar Ali', '2026-05-01', '2026-12-01'],
      ['Omar', '2026-05-01', ''],
    ]);
    const refused = await upload(worker, 'volunteer-imports', 'dry-run', wrong, xlsx);
    const rows = (refused.json() as Report).rows;
    expect(rows[0]?.reasons[0]).toContain('findes allerede med slutdato 30.11.2026');
    expect(rows[1]?.reasons).toEqual(['ingen deltager, du har adgang til, hedder "Omar"']);
  });

  it('records a read for a name a refused commit suggests, and none for a name it only repeats', async () => {
    const reads = () =>
      t.db.selectFrom('audit_event').select('entity_id').where('action', '=', 'read').execute();
    const before = (await reads()).length;
    const refused = await upload(
      worker,
      'volunteer-imports',
      'commit',
      'deltager;start\nOmar Aly;2026-06-01',
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].message).toContain('mente du Omar Ali (1990)?');
    expect((await reads()).length).toBe(before + 1);
  });

  it('refuses a file without its columns, an unknown mode, a JSON body and a reader', async () => {
    const noColumns = await upload(worker, 'volunteer-imports', 'commit', 'navn;dato\nOmar;2026-01-01');
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().error.details[0].message).toBe('Kolonnen "start" mangler i første række.');
    expect((await upload(worker, 'volunteer-imports', 'maybe', 'deltager;start')).statusCode).toBe(400);
    expect(
      (await upload(worker, 'volunteer-imports', 'commit', Buffer.from([0xff, 0xfe, 0x00]))).statusCode,
    ).toBe(400);
    const json = await call(t, worker, 'POST', '/api/v1/volunteer-imports?mode=commit', { rows: [] });
    expect(json.statusCode).toBe(415);
    const reader = (await addMember(t, 'reader', 'laeser@import.test', null)).session;
    expect((await upload(reader, 'volunteer-imports', 'dry-run', 'deltager;start')).statusCode).toBe(403);
  });
});
