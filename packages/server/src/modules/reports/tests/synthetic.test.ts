import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { generateSyntheticData } from '../../synthetic/index.ts';
import { buildQuarterlyReport, renderQuarterly } from '../index.ts';
import { attackReport, exactQuarterlyReport, hiddenShare } from './attack.ts';
import { smallInJson } from './discretion-check.ts';

// The acceptance's starting point: the synthetic demo data in the Odense plan. The report says so
// in every format, and stays discretion-safe on data nobody counted by hand.
describe.each(TEST_DATABASES)('leverancemåling on the synthetic demo data on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    await generateSyntheticData(t.db, { mode: 'demo', seed: 11, residents: 600 });
  }, 240_000);
  afterAll(async () => t?.close());

  it('marks the report as synthetic in JSON (screen), CSV (and so XLSX: same sheets) and the PDF', async () => {
    const started = performance.now();
    const report = await buildQuarterlyReport(t.db, { planId: t.planId }, '2025-Q1');
    console.info(`synthetic demo (600 residents), 2025-Q1: ${Math.round(performance.now() - started)} ms`);
    expect(report.synthetic?.seedNumber).toBe(11);
    expect(report.totals.casesActive).not.toBe(0);
    expect(smallInJson(report)).toEqual([]);
    const csv = (await renderQuarterly(report, 'csv', new Date())) as string;
    expect(csv).toContain('Syntetiske data (frø 11)');
    const pdf = pdfText((await renderQuarterly(report, 'pdf', new Date())) as Buffer);
    expect(pdf).toContain(da.reports.syntheticShort);
  });

  it('acceptance: no quarter of 2024–2026 lets the LP attacker pin or prove small any hidden cell', async () => {
    const scope = { planId: t.planId };
    let hidden = 0;
    let cells = 0;
    let primary = 0;
    for (const year of [2024, 2025, 2026]) {
      for (const q of [1, 2, 3, 4]) {
        const quarter = `${year}-Q${q}`;
        const started = performance.now();
        const report = await buildQuarterlyReport(t.db, scope, quarter);
        const took = performance.now() - started;
        expect(await attackReport(t.db, scope, quarter, report)).toEqual([]);
        const share = hiddenShare(report);
        hidden += share.hidden;
        cells += share.cells;
        const exact = JSON.stringify(await exactQuarterlyReport(t.db, scope, quarter));
        primary += [...exact.matchAll(/":([1-4])[,}]/g)].length;
        console.info(`${quarter}: ${share.hidden}/${share.cells} hidden, ${Math.round(took)} ms`);
      }
    }
    console.info(`demo data 2024–2026: ${hidden}/${cells} cells hidden; small cells (primary) ≈ ${primary}`);
  }, 600_000);
});
