import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { addMember, addTeam, call, createPhase } from './support.ts';

const CSV_TYPE = 'text/csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// A household list is imported all or nothing; every bad row is named in Danish.
describe.each(TEST_DATABASES)('genhusning import (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Genhusning');
    leader = (await addMember(t, 'leader', 'leder@helhed.test', team)).session;
    await createPhase(t, leader, 'Etape 1');
  }, 120_000);
  afterAll(() => t?.close());

  const upload = (content: Buffer | string, type = CSV_TYPE) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/rehousing/household-imports',
      headers: { ...as(leader, 'POST'), 'content-type': type },
      payload: content,
    });

  it('names every bad row and imports nothing', async () => {
    const csv = [
      'etape;kontaktperson;kontakt;voksne;børn 0-5;børn 6-17;adresse;type;skrevet op',
      'Etape 1;Familie A (fiktiv);a@example.test;2;1;0;Granvej 1;permanent;2026-01-05',
      'Etape 9;Familie B (fiktiv);;2;0;0;Granvej 2;permanent;2026-01-05',
      'Etape 1;;;x;0;0;Granvej 3;måske;5/1 2026',
      'Etape 1;Familie D 010190-1234;;1;0;0;Granvej 4;midlertidig;2026-01-05',
    ].join('\n');
    const response = await upload(csv);
    expect(response.statusCode).toBe(400);
    const messages = response.json().error.details.map((d: { message: string }) => d.message);
    expect(messages).toContain('Række 3: etapen "Etape 9" findes ikke');
    expect(messages).toContain('Række 4: kontaktperson mangler');
    expect(messages).toContain('Række 4: "voksne" skal være et helt tal fra 0 til 20');
    expect(messages).toContain('Række 4: genhusningstypen skal være "midlertidig" eller "permanent"');
    expect(messages).toContain('Række 4: "skrevet op" skal være en dato (ÅÅÅÅ-MM-DD)');
    expect(messages).toContain('Række 5: rækken indeholder noget, der ligner et CPR-nummer');
    expect(messages.some((m: string) => m.startsWith('Række 2'))).toBe(false);
    const count = await t.db.selectFrom('rehousing_household').select('id').execute();
    expect(count).toEqual([]);
  });

  it('imports a good XLSX list with a registered event for each household', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Husstande');
    sheet.addRow(['Etape', 'Kontaktperson', 'Voksne', 'Børn 0-5', 'Type', 'Skrevet op']);
    sheet.addRow(['Etape 1', 'Familie E (fiktiv)', 2, 2, 'permanent', '2026-02-01']);
    sheet.addRow(['Etape 1', 'Familie F (fiktiv)', 1, 0, 'midlertidig', '2026-02-02']);
    const response = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX_TYPE);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().imported).toBe(2);
    const list = (await call(t, leader, 'GET', '/api/v1/rehousing/households')).json().households;
    expect(list.map((h: { contactName: string; status: string }) => [h.contactName, h.status])).toEqual([
      ['Familie E (fiktiv)', 'waiting'],
      ['Familie F (fiktiv)', 'waiting'],
    ]);
  });
});
