import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../test/pdf-check.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { PROCESSING_ACTIVITIES } from './processing-activities.ts';
import { buildProcessingRecord } from './processing-record.ts';
import { RETENTION_REGISTER } from './register.ts';

describe('the record of processing (GDPR art. 30)', () => {
  it('lists every table of the register that holds personal data, each in one activity', () => {
    const personal = Object.entries(RETENTION_REGISTER)
      .filter(([, entry]) => entry.personal.length > 0)
      .map(([table]) => table)
      .sort();
    const listed = PROCESSING_ACTIVITIES.flatMap((a) => a.tables);
    expect([...listed].sort()).toEqual(personal);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('takes recipients from the access table and retention from the settings in force', () => {
    const record = buildProcessingRecord({
      HELHED_RETENTION_RESIDENTS: '1d',
      HELHED_RETENTION_OUTBOX: '30d',
    });
    const byKey = new Map(record.activities.map((a) => [a.key, a]));
    expect(byKey.get('registration')?.recipients).toEqual(['Leder', 'Medarbejder']);
    expect(byKey.get('accounts')?.recipients).toEqual(['Administrator']);
    expect(byKey.get('registration')?.retention[0]).toMatch(/^Slettes 1 dag efter sidste forløb/);
    expect(byKey.get('beredskab')?.retention.join(' ')).toMatch(/36 måneder.*30 dage/);
    expect(byKey.get('registration')?.data[0]).toEqual({
      table: 'participant',
      columns: ['display_name', 'contact', 'gender'],
    });
    expect(record.periods.map((p) => p.period)).toEqual(['1 dag', '36 måneder', '30 dage', '5 år']);
  });
});

describe('the record through the API', () => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;
  beforeAll(async () => {
    t = await buildTestApp('embedded');
    admin = await signIn(t.app, (await addUser(t.db, t.planId, 'admin', 'admin@fortegnelse.test')).email);
    leader = await signIn(t.app, (await addUser(t.db, t.planId, 'leader', 'leder@fortegnelse.test')).email);
  });
  afterAll(() => t?.close());

  it('gives the administrator the record as JSON and PDF, and nobody else', async () => {
    const json = await t.app.inject({ url: '/api/v1/processing-record', headers: as(admin) });
    expect(json.statusCode).toBe(200);
    expect(json.json().activities).toHaveLength(PROCESSING_ACTIVITIES.length);
    const pdf = await t.app.inject({ url: '/api/v1/processing-record.pdf', headers: as(admin) });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Fortegnelse over behandlingsaktiviteter');
    expect(text).toContain('rehousing_household');
    const record = da.retention.record;
    expectAccessiblePdf(pdf.rawPayload, record.title, [
      `H1 ${record.title}`,
      `P ${record.intro}`,
      `H2 ${record.periodsTitle}`,
      'H2 ',
      'TH ',
    ]);
    for (const url of ['/api/v1/processing-record', '/api/v1/processing-record.pdf'])
      expect((await t.app.inject({ url, headers: as(leader) })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/processing-record' })).statusCode).toBe(401);
  });
});
