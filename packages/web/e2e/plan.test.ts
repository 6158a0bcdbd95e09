import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectHeading, signIn } from './support/browser.ts';
import {
  main as mainOf,
  type PlanBrowser,
  planMenu as planMenuOf,
  startPlanBrowser,
  stopPlanBrowser,
} from './support/plan-browser.ts';
import { cellAt, cellsOf, tableCells } from './support/plan-helpers.ts';

// The plan module's acceptance, tried as a new user would on a fresh install (plan-changes.test.ts
// covers activities, delaftaler and the history). Build the web app first.
const ADMIN_PASSWORD = 'plan-admin-ny-adgangskode-2026';
const EDUCATION = 'Andel 18-29-årige der har gennemført uddannelse udover grundskolen';
const GRADES = 'Karaktergennemsnit i dansk og matematik for 9. klasse elever';
const AREAS = [
  'Vollsmose',
  'Korsløkken',
  'Rising',
  'Ejerslykke',
  'Højemarksvej-kvarteret',
  'Stadionvej/Skjoldsparken',
] as const;
let session: PlanBrowser;
let page: Page;
let indicatorUrl = '';
const main = () => mainOf(page);
const planMenu = () => planMenuOf(page);

async function openIndicator(name: string): Promise<void> {
  await main().getByRole('link', { name, exact: true }).first().click();
  await expectHeading(page, name);
  await page.getByRole('table', { name: /^Værdier pr. boligområde og år/ }).waitFor();
}

function csv(rows: string[][]): { name: string; mimeType: string; buffer: Buffer } {
  const text = rows.map((row) => row.join(';')).join('\n');
  return { name: 'indikatorer.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}\n`, 'utf8') };
}

async function upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await planMenu().getByRole('link', { name: 'Importér indikatorværdier' }).click();
  await expectHeading(page, 'Importér indikatorværdier');
  await page.getByLabel('Fil (CSV eller XLSX, højst 10 MB)').setInputFiles(file);
  await page.getByRole('button', { name: 'Importér' }).click();
}

describe('plan module in Chromium: overview, indicators and imports', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
  }, 240_000);

  afterAll(() => stopPlanBrowser(session), 60_000);

  it('signs in as the first administrator and shows the six areas, Vollsmose with 5.888 residents', async () => {
    await signIn(page, session.server.baseUrl, session.server.email, session.server.password, ADMIN_PASSWORD);
    await expectHeading(page, 'Plan');
    const cells = await tableCells(page, 'Boligområder');
    expect(cells.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining([...AREAS]));
    expect(cells).toHaveLength(AREAS.length + 1);
    expect(cells.find((row) => row[0] === 'Vollsmose')?.[1]).toBe('5.888');
    expect(await main().textContent()).toContain('1. oktober 2024 til 30. september 2028');
    await expectNoAxeViolations(page, 'Plan (overblik)');
    if (process.env.HELHED_SCREENSHOT === '1') {
      await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshot.png') });
    }
  });

  it('shows the strategic goals with their baselines', async () => {
    await planMenu().getByRole('link', { name: 'Overordnede mål' }).click();
    await expectHeading(page, 'Overordnede mål');
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('table').count()).toBe(4);
    await expectNoAxeViolations(page, 'Overordnede mål');
  });

  it('shows Vollsmose 59,9 % against Odense Kommune 81,4 % (2022), and "ikke oplyst" for a missing grade', async () => {
    await planMenu().getByRole('link', { name: 'Overblik' }).click();
    await main().getByRole('link', { name: 'Uddannelse og livschancer', exact: true }).click();
    await expectHeading(page, 'Uddannelse og livschancer');
    await page.getByRole('table').first().waitFor();
    let found = false;
    let graded = false;
    for (const table of await page.getByRole('table').all()) {
      const cells = await cellsOf(table);
      if (cellAt(cells, EDUCATION, 'Vollsmose')) {
        expect(cellAt(cells, EDUCATION, 'Vollsmose')).toBe('59,9 %');
        expect(cellAt(cells, EDUCATION, 'Odense Kommune')).toBe('81,4 %');
        expect(cells.find((row) => row[0]?.startsWith(EDUCATION))?.[0]).toContain('Baselineår: 2022.');
        found = true;
      }
      if (cellAt(cells, GRADES, 'Stadionvej/Skjoldsparken')) {
        expect(cellAt(cells, GRADES, 'Stadionvej/Skjoldsparken')).toBe('ikke oplyst');
        expect(cellAt(cells, GRADES, 'Vollsmose')).toMatch(/^\d+,\d+$/);
        graded = true;
      }
    }
    expect(found).toBe(true);
    expect(graded).toBe(true);
    await expectNoAxeViolations(page, 'Indsatsområde');

    await openIndicator(EDUCATION);
    indicatorUrl = page.url();
    const values = await tableCells(page, /^Værdier pr. boligområde og år/);
    expect(cellAt(values, 'Vollsmose', 'Baseline (2022)')).toBe('59,9 %');
    expect(cellAt(values, 'Odense Kommune', 'Baseline (2022)')).toBe('81,4 %');
    await expectNoAxeViolations(page, 'Indikator');
  });

  it('imports a year of values from a CSV file and draws them in the chart and the table', async () => {
    const url = indicatorUrl;
    const id = decodeURIComponent(url.split('/').pop() ?? '');
    const slugs = [
      'vollsmose',
      'korsloekken',
      'rising',
      'ejerslykke',
      'hoejemarksvej-kvarteret',
      'Stadionvej/Skjoldsparken',
    ];
    const rows = slugs.map((area, index) => [id, area, '2023', `${61 + index},${index}`, 'Beboerdata, LBF']);
    // Hold the request back a moment so that the progress indicator can be seen, as on a slow line.
    let held = 0;
    await page.route(
      '**/api/v1/plan/indicator-imports',
      async (route) => {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      },
      { times: 1 },
    );
    await upload(csv([['indikator', 'område', 'år', 'værdi', 'kilde'], ...rows]));
    const progress = page.locator('progress');
    await progress.waitFor({ timeout: 5_000 });
    expect(await progress.getAttribute('id')).toBe('import-progress');
    expect(await page.locator('label[for="import-progress"]').textContent()).toMatch(
      /Overførsel|kontrolleres/,
    );
    expect(held).toBe(1);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Importen lykkedes' }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    expect(held).toBe(1);
    expect(await main().textContent()).toContain('Gemte værdier: 6. Indikatorer: 1. År: 2023.');
    await expectNoAxeViolations(page, 'Import lykkedes');

    await page.goto(url);
    await page.getByRole('table', { name: /^Værdier pr. boligområde og år/ }).waitFor();
    const values = await tableCells(page, /^Værdier pr. boligområde og år/);
    expect(cellAt(values, 'Vollsmose', '2023')).toBe('61,0 %');
    expect(cellAt(values, 'Stadionvej/Skjoldsparken', '2023')).toBe('66,5 %');
    const chart = page.getByTestId('indicator-chart');
    await chart.locator('svg .recharts-line').first().waitFor();
    expect(await chart.locator('svg .recharts-line').count()).toBe(6);
    // Each area: the 2022 baseline and the imported 2023 value.
    await expect.poll(() => chart.locator('svg .recharts-line-dot').count()).toBe(12);
    expect(await chart.locator('svg .recharts-reference-line').count()).toBeGreaterThanOrEqual(1);
    expect(await chart.locator('.recharts-legend-wrapper').textContent()).toContain('Vollsmose');
    await expectNoAxeViolations(page, 'Indikator med diagram');
  });

  it('rejects a file with one bad row, names the row and imports nothing', async () => {
    const url = indicatorUrl;
    const id = decodeURIComponent(url.split('/').pop() ?? '');
    await upload(
      csv([
        ['indikator', 'område', 'år', 'værdi'],
        [id, 'vollsmose', '2024', '70,1'],
        [id, 'rising', '2024', 'mange'],
        [id, 'ejerslykke', '2024', '71,5'],
      ]),
    );
    const errors = page.getByRole('table', { name: 'Fejl i filen' });
    await errors.waitFor({ timeout: 20_000 });
    const cells = await tableCells(page, 'Fejl i filen');
    expect([...new Set(cells.slice(1).map((row) => row[0]))]).toEqual(['3']);
    expect(await main().textContent()).toContain('Intet er ændret');
    await expectNoAxeViolations(page, 'Import med fejl');

    await page.goto(url);
    const values = await tableCells(page, /^Værdier pr. boligområde og år/);
    expect(values[0]).not.toContain('2024');
    expect(cellAt(values, 'Vollsmose', '2023')).toBe('61,0 %');
  });

  it('lets the administrator enter a value in the form, with a Danish message for a bad number', async () => {
    const form = page.getByRole('form', { name: 'Indtast værdier' });
    await form.getByLabel('År').fill('2024');
    await form.getByLabel('Værdi for Vollsmose').fill('abc');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => form.getByText('Skriv et tal, fx 59,9.').count()).toBe(1);
    await expectNoAxeViolations(page, 'Indikator med fejl i formularen');
    await form.getByLabel('Værdi for Vollsmose').fill('63,4');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.getByText('Værdierne er gemt.').waitFor();
    await expect
      .poll(async () => cellAt(await tableCells(page, /^Værdier pr. boligområde og år/), 'Vollsmose', '2024'))
      .toBe('63,4 %');
  });

  it('imports an XLSX file the same way', async () => {
    const id = decodeURIComponent(indicatorUrl.split('/').pop() ?? '');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Værdier');
    sheet.addRow(['indikator', 'område', 'år', 'værdi']);
    sheet.addRow([id, 'Vollsmose', 2025, 64.2]);
    sheet.addRow([id, 'korsloekken', 2025, '81,9']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await upload({
      name: 'indikatorer.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await page.getByRole('status').filter({ hasText: 'Importen lykkedes' }).waitFor({ timeout: 20_000 });
    await page.goto(indicatorUrl);
    const values = await tableCells(page, /^Værdier pr. boligområde og år/);
    expect(cellAt(values, 'Vollsmose', '2025')).toBe('64,2 %');
    expect(cellAt(values, 'Korsløkken', '2025')).toBe('81,9 %');
  });

  it('logged no script errors or CSP violations', () => {
    expect(session.problems).toEqual([]);
  });
});
