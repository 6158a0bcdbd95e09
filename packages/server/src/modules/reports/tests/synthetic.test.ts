import { da } from '@helhed/core';
import { loadRangeSolver } from '@helhed/core/discretion-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { generateSyntheticData } from '../../synthetic/index.ts';
import type { QuarterlyReport } from '../contract/quarterly.ts';
import { buildQuarterlyReport, renderQuarterly } from '../index.ts';
import { attackPublished, exactQuarterlyReport, hiddenShare } from './attack.ts';
import { attackQuarterChain } from './chain-attack.ts';
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

  // Every quarter of 2024–2026, published and exact (threshold 1), built once for both acceptances.
  const built = new Map<string, { published: QuarterlyReport; exact: QuarterlyReport; ms: number }>();
  const quarterReports = async () => {
    for (const quarter of [2024, 2025, 2026].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`))) {
      if (built.has(quarter)) continue;
      const started = performance.now();
      const published = await buildQuarterlyReport(t.db, { planId: t.planId }, quarter);
      const ms = performance.now() - started;
      built.set(quarter, {
        published,
        exact: await exactQuarterlyReport(t.db, { planId: t.planId }, quarter),
        ms,
      });
    }
    return built;
  };

  it('acceptance: no quarter of 2024–2026 lets the LP attacker pin or prove small any hidden cell', async () => {
    const solver = await loadRangeSolver();
    let hidden = 0;
    let cells = 0;
    let primary = 0;
    for (const [quarter, { published, exact, ms }] of await quarterReports()) {
      expect(attackPublished(published, exact, solver)).toEqual([]);
      const share = hiddenShare(published);
      hidden += share.hidden;
      cells += share.cells;
      primary += [...JSON.stringify(exact).matchAll(/":([1-4])[,}]/g)].length;
      console.info(`${quarter}: ${share.hidden}/${share.cells} hidden, ${Math.round(ms)} ms`);
    }
    console.info(`demo data 2024–2026: ${hidden}/${cells} cells hidden; small cells (primary) ≈ ${primary}`);
  }, 600_000);

  it('acceptance: the reader who keeps every quarter of 2024–2026 and links them finds nothing', async () => {
    const reports = [...(await quarterReports()).values()];
    const started = performance.now();
    const chain = await attackQuarterChain(reports);
    console.info(
      `quarter chain: ${chain.sections} sections, ${chain.links} links, ${Math.round(performance.now() - started)} ms`,
    );
    expect(chain.links).toBeGreaterThan(100);
    expect(chain.violations).toEqual([]);
  }, 600_000);
});
