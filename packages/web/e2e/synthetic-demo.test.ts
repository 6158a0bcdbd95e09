import { formatInteger } from '@helhed/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../server/src/modules/synthetic/index.ts';
import { createDatabase } from '../../server/src/platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { type AppServer, startAppServer } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, danishPage, expectHeading, launchChromium, signIn, signOut } from './support/browser.ts';
import { cellAt, cellsOf, tableCells } from './support/plan-helpers.ts';

// The acceptance, on the synthetic demo data: `helhed seed --synthetic --demo` has filled the
// Odense plan; a leader opens Rapporter, picks 2025-Q1 and sees the leverancemåling with its chart,
// marked "Syntetiske data", and the demo's group of 3 shows "x" (hidden). Build the web app first.
const PASSWORD = 'syntetisk-leder-adgangskode';
const CAPTION = 'Leverancer pr. aktivitet, 2025, 1. kvartal';
let server: AppServer;
let database: TestDatabase;
let browser: Browser;
let page: Page;

describe('Rapporter on the synthetic demo data in Chromium', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    database = await createTestDatabase('postgres', 'seeded');
    server = await startAppServer({ databaseUrl: database.url });
    const { db } = createDatabase(database.url, 2);
    try {
      await generateSyntheticData(db, { mode: 'demo', seed: 1, residents: 2000 });
    } finally {
      await db.destroy();
    }
    browser = await launchChromium();
    page = await danishPage(browser);
    await signIn(page, server.baseUrl, server.email, server.password, 'syntetisk-admin-ny-adgangskode');
    const created = await api(page, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email: 'leder@syntetisk.test',
      displayName: 'Leder',
      role: 'leader',
      password: PASSWORD,
    });
    expect(created.status).toBe(201);
    await signOut(page);
    await signIn(page, server.baseUrl, 'leder@syntetisk.test', PASSWORD, 'syntetisk-leder-ny-adgangskode');
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  }, 60_000);

  it('shows 2025-Q1 with chart, the synthetic label and "x" for the group of 3', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Rapporter' })
      .click();
    await expectHeading(page, 'Rapporter');
    const started = Date.now();
    await page.getByLabel('Kvartal', { exact: true }).selectOption('2025-Q1');
    // The first report after the data changed waits for the discretion audit of every count (an LP
    // per book, in its own thread): 10–20 s for 2,000 residents on a quiet 2-core machine, over 30 s
    // beside another test file. The limit only has to catch a report that never comes.
    await page.getByRole('table', { name: CAPTION }).waitFor({ timeout: 150_000 });
    await page.getByTestId('quarterly-chart').locator('.recharts-bar-rectangle').first().waitFor();
    // Timing is printed for the lead; the speed target lives in bench/reports.ts, not in a test.
    console.info(`synthetic demo: leverancemåling 2025-Q1 with chart shown in ${Date.now() - started} ms`);
    await expect(page.getByRole('note').filter({ hasText: 'Syntetiske data' }).count()).resolves.toBe(1);
    const cells = (await tableCells(page, CAPTION)).map((line, index) =>
      index === 0 ? line.map((header) => header.replace(/[▲▼↕]/g, '').trim()) : line,
    );
    expect(cellAt(cells, 'Bydelsløftere for mænd', 'Deltagere på hold')).toBe('x');
    expect(Number((cellAt(cells, 'I alt', 'Forløb aktive') ?? '').replace(/\D/g, ''))).toBeGreaterThan(100);
    await expectNoAxeViolations(page, 'Rapporter, syntetiske demodata');
  });

  it('finds a participant among all of them by three characters, sorts and pages on the server, and keeps the view in the address', async () => {
    const total = async (query: string) =>
      ((await api(page, 'GET', `/api/v1/participants?limit=1${query}`)).body as { total: number }).total;
    const all = await total('');
    expect(all).toBeGreaterThan(1000);
    const status = (text: string) => page.getByRole('status').filter({ hasText: text });
    const started = Date.now();
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Deltagere' })
      .click();
    await status(`Viser 1–50 af ${formatInteger(all)}.`).waitFor();
    console.info(`synthetic demo: Deltagere, first 50 of ${all} shown in ${Date.now() - started} ms`);
    await expectNoAxeViolations(page, 'Deltagere, syntetiske demodata');

    const table = page.getByRole('table', { name: 'Deltagere' });
    const yearHeader = table.getByRole('columnheader', { name: /Fødselsår/ });
    await yearHeader.getByRole('button').click();
    await expect.poll(() => yearHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('birthYear');
    // The old rows stay on screen while the sorted page loads.
    const years = async () => (await cellsOf(table)).slice(1).map((row) => Number(row[1]));
    await expect
      .poll(async () => {
        const shown = await years();
        return shown.every((year, i) => i === 0 || (shown[i - 1] ?? 0) <= year);
      })
      .toBe(true);

    // To the end, page by page, by keyboard.
    const next = page.getByRole('button', { name: 'Næste' });
    const lastFrom = Math.floor((all - 1) / 50) * 50 + 1;
    for (let from = 51; from <= lastFrom; from += 50) {
      await next.focus();
      await page.keyboard.press('Enter');
      await status(`Viser ${formatInteger(from)}–`).waitFor();
    }
    await status(
      `Viser ${formatInteger(lastFrom)}–${formatInteger(all)} af ${formatInteger(all)}.`,
    ).waitFor();
    expect(await next.isDisabled()).toBe(true);
    await page.goBack();
    await status(`Viser ${formatInteger(lastFrom - 50)}–${formatInteger(lastFrom - 1)} af`).waitFor();

    // Three characters find the one (and the few whose number starts the same way).
    const found = await total('&q=173');
    await page.getByLabel('Navn eller fødselsår').fill('173');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await table.getByRole('rowheader', { name: 'Syntetisk deltager 173', exact: true }).waitFor();
    await status(`Viser 1–${found} af ${found}.`).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('173');
    await page.reload();
    await status(`Viser 1–${found} af ${found}.`).waitFor();
    expect(await page.getByLabel('Navn eller fødselsår').inputValue()).toBe('173');
    await expectNoAxeViolations(page, 'Deltagere, søgning i syntetiske demodata');
  });
});
