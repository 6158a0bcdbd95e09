import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithUser, as, type Session, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { buildZip, deflatedSheet, zipBomb } from '../../../test/zip-builder.ts';
import { toXlsx } from '../export/index.ts';
import { AppError } from '../http/errors.ts';
import { assertXlsxWithinLimits, TABLE_MAX_ROWS } from './table-file-limits.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : (error as Error).constructor.name;
  }
}

/** Peak of heap + buffers while `fn` runs, above the level before it. */
async function peakGrowth(fn: () => Promise<unknown>) {
  const level = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = level();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, level());
  }, 2);
  const started = performance.now();
  const result = await fn();
  clearInterval(timer);
  return { result, mb: (Math.max(peak, level()) - before) / 2 ** 20, ms: performance.now() - started };
}

describe('XLSX limits before ExcelJS', () => {
  it('refuses a 1 GB zip bomb whose headers claim 1 KB, quickly and in bounded memory', async () => {
    const bomb = zipBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { result, mb, ms } = await peakGrowth(() => codeOf(assertXlsxWithinLimits(bomb)));
    console.log(
      `zip bomb (1 GB unpacked, ${bomb.length} bytes): refused in ${ms.toFixed(0)} ms, peak +${mb.toFixed(1)} MB`,
    );
    expect(result).toBe('IMPORT_UNPACKED_TOO_LARGE');
    expect(ms).toBeLessThan(5000);
    expect(mb).toBeLessThan(150);
  });

  it('counts rows across inflate chunks exactly: 100,000 pass, 100,001 are refused', async () => {
    const entry = (rows: number) => [
      { name: 'xl/worksheets/sheet1.xml', data: deflatedSheet(rows), method: 8 as const, declaredSize: 10 },
    ];
    expect(await codeOf(assertXlsxWithinLimits(buildZip(entry(TABLE_MAX_ROWS))))).toBe('ok');
    expect(await codeOf(assertXlsxWithinLimits(buildZip(entry(TABLE_MAX_ROWS + 1))))).toBe(
      'IMPORT_TOO_MANY_ROWS',
    );
  });

  it('lets a real workbook through and calls a non-zip unreadable', async () => {
    const sheet = { name: 'Ark', columns: [{ key: 'a', label: 'a' }], rows: [{ a: '1' }] };
    const workbook = await toXlsx([sheet], { title: 't' });
    expect(await codeOf(assertXlsxWithinLimits(workbook))).toBe('ok');
    expect(await codeOf(assertXlsxWithinLimits(Buffer.from('ikke en zip')))).toBe('UnreadableZip');
  });
});

describe.each(TEST_DATABASES)('import routes on %s: parsers and limits', (kind) => {
  let t: TestApp;
  let leader: Session;
  beforeAll(async () => {
    ({ t, session: leader } = await appWithUser(kind, 'leader', 'leder@limits.dk'));
  });
  afterAll(() => t.close());

  it.each(['/api/v1/plan/indicator-imports', '/api/v1/rehousing/household-imports'])(
    '%s refuses a 200 MB zip bomb with a Danish 413, before ExcelJS',
    async (url) => {
      const started = performance.now();
      const r = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...as(leader, 'POST'), 'content-type': XLSX },
        payload: zipBomb(200),
      });
      expect(r.statusCode).toBe(413);
      expect(r.json().error.code).toBe('IMPORT_UNPACKED_TOO_LARGE');
      expect(r.json().error.message).toMatch(/50 MB/);
      expect(performance.now() - started).toBeLessThan(5000);
    },
  );

  it('reads no file body before the gate, and none outside the import routes', async () => {
    const file = Buffer.alloc(5 * 1024 * 1024, 'a');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plan/indicator-imports',
      headers: { 'content-type': 'text/csv' },
      payload: file,
    });
    expect(anonymous.statusCode).toBe(401);
    // The indicator-values route sits next to the import route, but has no CSV parser.
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/plan/indicators/udd-karaktergennemsnit-9-klasse/values',
      headers: { ...as(leader, 'PUT'), 'content-type': 'text/csv' },
      payload: file,
    });
    expect([413, 415]).toContain(put.statusCode);
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plan/activities',
      headers: { ...as(leader, 'POST'), 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(plain.statusCode).toBe(415);
    // A JSON route keeps the app's 1 MB; the import routes have their own 10 MB.
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plan/activities',
      headers: { ...as(leader, 'POST'), 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
  });

  it('refuses a CSV holding NUL with a Danish 400, and stores nothing', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rehousing/household-imports',
      headers: { ...as(leader, 'POST'), 'content-type': 'text/csv' },
      payload: 'etape;kontaktperson\nE1;a\u0000b\n',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('TEXT_UNSTORABLE');
  });
});
