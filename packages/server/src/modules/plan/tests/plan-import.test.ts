import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  appWithUser,
  as,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { countRows } from '../../../../test/count-rows.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { IMPORT_CONTENT_TYPES } from '../contract/indicators.ts';

const file = (name: string) => readFileSync(new URL(`./files/${name}`, import.meta.url));

async function xlsx(rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Indikatorer');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(TEST_DATABASES)('indicator import on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  const upload = (content: Buffer, type: string, session = leader) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/plan/indicator-imports',
      headers: { ...as(session, 'POST'), 'content-type': type },
      payload: content,
    });
  const valueCount = () => countRows(t.db, 'plan_indicator_value');

  beforeAll(async () => {
    ({ t, session: leader } = await appWithUser(kind, 'leader', 'leader@import.dk'));
  });
  afterAll(() => t.close());

  it('imports a CSV (semicolon, Danish decimals, BOM, spellings as written)', async () => {
    const response = await upload(file('indicators-2024.csv'), IMPORT_CONTENT_TYPES.csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 4, indicators: 3, years: [2024] });
    const indicator = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen',
        headers: as(leader),
      })
    ).json();
    expect(indicator.values).toEqual([
      expect.objectContaining({
        areaSlug: 'vollsmose',
        year: 2024,
        value: 61.2,
        source: 'Beboerdata, LBF 2024',
      }),
      expect.objectContaining({
        areaSlug: 'korsloekken',
        year: 2024,
        value: 80.9,
        source: 'Indlæst fra fil',
      }),
    ]);
    expect(indicator.values[0].changedBy).toBe('leader@import.dk');
    const comma = await upload(file('indicators-comma.csv'), 'text/csv; charset=utf-8');
    expect(comma.json()).toEqual({ imported: 2, indicators: 1, years: [2025] });
  });

  it('imports the first sheet of an XLSX and replaces earlier values', async () => {
    const content = await xlsx([
      ['indikator', 'område', 'år', 'værdi', 'kilde'],
      ['udd-18-29-uddannelse-udover-grundskolen', 'Vollsmose', 2024, 61.5, 'Rettet tal'],
      ['udd-18-29-uddannelse-udover-grundskolen', 'Vollsmose', 2025, '62,3', null],
      ['besk-18-29-startet-udd-eller-ord-job', 'Højemarksvej-kvarteret', 2025, 14, null],
      ['smh-frivillige-via-bsh', 'Vollsmose', 2025, '1.204', null],
    ]);
    const response = await upload(content, IMPORT_CONTENT_TYPES.xlsx);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 4, indicators: 3, years: [2024, 2025] });
    const row = await t.db
      .selectFrom('plan_indicator_value as v')
      .innerJoin('plan_indicator as i', 'i.id', 'v.indicator_id')
      .innerJoin('plan_area as a', 'a.id', 'v.area_id')
      .select(['v.value', 'v.source'])
      .where('i.key', '=', 'udd-18-29-uddannelse-udover-grundskolen')
      .where('a.slug', '=', 'vollsmose')
      .where('v.year', '=', 2024)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ value: 61.5, source: 'Rettet tal' });
    const volunteers = await t.db
      .selectFrom('plan_indicator_value as v')
      .innerJoin('plan_indicator as i', 'i.id', 'v.indicator_id')
      .select('v.value')
      .where('i.key', '=', 'smh-frivillige-via-bsh')
      .where('v.year', '=', 2025)
      .executeTakeFirstOrThrow();
    expect(volunteers.value).toBe(1204);
    const { changes } = (
      await t.app.inject({ method: 'GET', url: '/api/v1/plan/changes?limit=4', headers: as(leader) })
    ).json();
    const update = changes.find((c: { operation: string }) => c.operation === 'update');
    expect(update.changedFields).toContainEqual({ field: 'value', before: 61.2, after: 61.5 });
    expect(update.actorEmail).toBe('leader@import.dk');
  });

  it('imports nothing from a file with bad rows and names every one in Danish', async () => {
    const before = await valueCount();
    const response = await upload(file('indicators-bad-rows.csv'), IMPORT_CONTENT_TYPES.csv);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.rows).toEqual([
      { row: 3, field: 'område', message: 'Ukendt område »Atlantis«.' },
      { row: 4, field: 'indikator', message: 'Ukendt indikator »ukendt-indikator«.' },
      { row: 5, field: 'år', message: 'Året »20x5« er ikke et helt tal mellem 2000 og 2100.' },
      { row: 6, field: 'værdi', message: 'Værdien »mange« er ikke et tal.' },
      { row: 7, field: 'værdi', message: 'Værdien 101,5 er en procent og skal ligge mellem 0 og 100.' },
      { row: 8, message: 'Indikator, område og år står også i række 2.' },
    ]);
    expect(await valueCount()).toBe(before);
  });

  it('names the bad row of an XLSX by its Excel row number, and refuses a file without the columns', async () => {
    const before = await valueCount();
    const content = await xlsx([
      ['indikator', 'område', 'år', 'værdi'],
      ['udd-18-29-uddannelse-udover-grundskolen', 'Rising', 2026, 70],
      ['udd-karaktergennemsnit-9-klasse', 'Rising', 2026, 14],
    ]);
    const bad = await upload(content, IMPORT_CONTENT_TYPES.xlsx);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.rows).toEqual([
      {
        row: 3,
        field: 'værdi',
        message: 'Værdien 14 er et karaktergennemsnit og skal ligge mellem -3 og 12.',
      },
    ]);
    const noColumns = await upload(Buffer.from('navn;tal\nx;1\n'), IMPORT_CONTENT_TYPES.csv);
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().error.rows.map((r: { field: string }) => r.field)).toEqual([
      'indikator',
      'område',
      'år',
      'værdi',
    ]);
    const garbage = await upload(Buffer.from('not a zip'), IMPORT_CONTENT_TYPES.xlsx);
    expect(garbage.statusCode).toBe(400);
    expect(await valueCount()).toBe(before);
  });

  it('refuses other content types and callers without the right role', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plan/indicator-imports',
      headers: as(leader, 'POST'),
      payload: { values: [] },
    });
    expect(json.statusCode).toBe(415);
    await addUser(t.db, t.planId, 'worker', 'worker@import.dk');
    const worker = await signIn(t.app, 'worker@import.dk');
    const denied = await upload(file('indicators-2024.csv'), IMPORT_CONTENT_TYPES.csv, worker);
    expect(denied.statusCode).toBe(403);
  });
});
