import { readFile } from 'node:fs/promises';
import { da } from '@helhed/core';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSecondPlan, enterValue } from '../../server/src/modules/reports/tests/comparison-fixture.ts';
import { createDatabase } from '../../server/src/platform/db/database.ts';
import { addUser, TEST_PASSWORD } from '../../server/test/build-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { type AppServer, startAppServer } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { danishPage, expectHeading, signIn, signOut } from './support/browser.ts';
import { tableCells } from './support/plan-helpers.ts';

// Issue 20, item 6, as two plans' leaders would: Aarhus's leader sees the own plan alone and shares
// its fixed indicators with the Odense plan; Odense's leader then sees both side by side for 2025,
// with Aarhus's small count as "x", and downloads the same as XLSX. Every page state passes axe.
// Build the web app first (npm run build:web).
const t = da.reports.comparison;
let server: AppServer;
let database: TestDatabase;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const main = () => page.getByRole('main');
const RESTGRUPPEN =
  'Andel 15-29-årige, der hverken er i gang med en uddannelse eller er i beskæftigelse (restgruppen), 2025';
const IN_JOB = 'Antal beboere, der er kommet i job, 2025';

async function openComparison() {
  await page.goto(`${server.baseUrl}/rapporter/side-om-side?aar=2025`);
  await expectHeading(page, t.title);
  await main()
    .getByText(/Planer i sammenligningen/)
    .waitFor();
}

/** The cells of a table by its caption, header row first (without the sort buttons' icons). */
async function cellsOf(caption: string): Promise<string[][]> {
  const cells = await tableCells(page, caption);
  return cells.map((row) => row.map((cell) => cell.replace(/[▲▼↕]/g, '').trim()));
}

describe('plans side by side in Chromium', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    database = await createTestDatabase('postgres', 'seeded');
    server = await startAppServer({ databaseUrl: database.url });
    const { db } = createDatabase(database.url, 2);
    try {
      const odense = await db
        .selectFrom('plan')
        .select('id')
        .where('slug', '=', 'odense-2024-2028')
        .executeTakeFirstOrThrow();
      const aarhus = await addSecondPlan(db, 'aarhus-2025-2028');
      await enterValue(db, aarhus, 'ovr-15-29-restgruppen', 2025, 17.5);
      await enterValue(db, aarhus, 'aarhus-beboere-i-job', 2025, 3);
      await addUser(db, aarhus, 'leader', 'leder@aarhus.dk');
      await addUser(db, odense.id, 'leader', 'leder@odense.dk');
    } finally {
      await db.destroy();
    }
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    page = await danishPage(browser, problems);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  }, 60_000);

  it('lets the Aarhus leader see the own plan alone and share its figures with Odense', async () => {
    await signIn(page, server.baseUrl, 'leder@aarhus.dk', TEST_PASSWORD, 'aarhus-ny-adgangskode-2026');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Rapporter' })
      .click();
    await page.getByRole('link', { name: t.navLabel }).click();
    await expectHeading(page, t.title);
    await main().getByText(t.onlyOwn).waitFor();
    await expectNoAxeViolations(page, 'side om side, only the own plan');
    const form = main().getByRole('form', { name: t.share.title });
    await form.getByRole('checkbox', { name: 'BoligSocialt Hus 2024-2028' }).check();
    await form.getByRole('button', { name: t.share.submit }).click();
    await form.getByText(t.share.saved).waitFor();
    await expectNoAxeViolations(page, 'side om side, shared');
    await signOut(page);
  });

  it('shows Odense its own plan and Aarhus side by side, the small count as "x"', async () => {
    await signIn(page, server.baseUrl, 'leder@odense.dk', TEST_PASSWORD, 'odense-ny-adgangskode-2026');
    await openComparison();
    await main()
      .getByText('Planer i sammenligningen: BoligSocialt Hus 2024-2028 (jeres plan), Plan aarhus-2025-2028')
      .waitFor();
    const restgruppen = await cellsOf(RESTGRUPPEN);
    expect(restgruppen[0]).toEqual([
      'Plan',
      'Boligområde',
      'Baseline',
      'Kommunen',
      '2024',
      '2025',
      'Udvikling',
    ]);
    expect(restgruppen).toContainEqual([
      'Plan aarhus-2025-2028',
      'Gellerup',
      '–',
      '10',
      '–',
      '17,5',
      'Kan ikke vurderes',
    ]);
    expect(restgruppen).toContainEqual([
      'BoligSocialt Hus 2024-2028 (jeres plan)',
      'Alle boligområder',
      '21,45',
      '11,16',
      '–',
      '–',
      'Kan ikke vurderes',
    ]);
    const inJob = await cellsOf(IN_JOB);
    expect(inJob).toContainEqual([
      'BoligSocialt Hus 2024-2028 (jeres plan)',
      t.notInPlan,
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(inJob.find((row) => row[1] === 'Gellerup')?.[5]).toBe('x');
    await expectNoAxeViolations(page, 'side om side, two plans');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('link', { name: da.reports.ui.downloadXlsx }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await file.path()) as string)) as unknown as ArrayBuffer);
    const values = book.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    expect(values).toContain('Gellerup');
    expect(values).toContain('x');
    expect(problems).toEqual([]);
  });
});
