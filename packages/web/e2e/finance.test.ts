import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, signIn, signOut } from './support/browser.ts';
import {
  main as mainOf,
  type PlanBrowser,
  planMenu as planMenuOf,
  startPlanBrowser,
  stopPlanBrowser,
} from './support/plan-browser.ts';
import { cellAt, tableCells } from './support/plan-helpers.ts';

// Issue 23, items 1, 2 and 6, as the plan's leader and the board's treasurer would try it: enter the
// 2025 budget, import the year's spending with one bad row (nothing imported, the row named in
// Danish), fix it and import, and read the deviation and the forecast; the treasurer reads, edits nothing.
const ADMIN_PASSWORD = 'oekonomi-admin-ny-adgangskode-2026';
const LEADER = {
  email: 'leder@oekonomi.dk',
  password: 'leder-midlertidig-2026',
  newPassword: 'leder-egen-kode-2026!',
};
const TREASURER = {
  email: 'kasserer@oekonomi.dk',
  password: 'kasserer-midlertidig-2026',
  newPassword: 'kasserer-egen-kode-2026!',
};

/** January–September 2025 from the accounting system: 100.000 kr. a month on activities, 10.000 on administration. */
function spendingCsv(badRow?: number): Buffer {
  const rows = ['Bogføringsdato;Konto;Tekst;Beløb'];
  for (let month = 1; month <= 9; month++) {
    const mm = String(month).padStart(2, '0');
    rows.push(`2025-${mm}-05;Aktiviteter;Leje af sal;100.000,00`);
    rows.push(`28-${mm}-2025;Administration;Revision;10.000,00`);
  }
  if (badRow) rows[badRow - 1] = '2025-05-05;Aktiviteter;Leje af sal;ca. 100.000';
  return Buffer.from(`${rows.join('\n')}\n`, 'utf8');
}

let session: PlanBrowser;
let page: Page;
const main = () => mainOf(page);

describe('finance in Chromium: budget, spending import, deviation and forecast', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
    const { server } = session;
    await signIn(page, server.baseUrl, server.email, server.password, ADMIN_PASSWORD);
    for (const [person, role] of [
      [LEADER, 'leader'],
      [TREASURER, 'reader'],
    ] as const) {
      const created = await api(page, 'POST', '/api/v1/users', {
        clientKey: randomUUID(),
        email: person.email,
        displayName: role === 'leader' ? 'Lene Leder' : 'Karin Kasserer',
        role,
        password: person.password,
      });
      expect(created.status).toBe(201);
    }
    await signOut(page);
    await signIn(page, server.baseUrl, LEADER.email, LEADER.password, LEADER.newPassword);
  }, 240_000);

  afterAll(() => stopPlanBrowser(session), 60_000);

  it('the leader enters the 2025 budget and sees the local co-financing against the minimum', async () => {
    await planMenuOf(page).getByRole('link', { name: 'Økonomi' }).click();
    await expectHeading(page, 'Økonomi');
    await main().getByLabel('År', { exact: true }).selectOption('2025');
    const grid = page.getByRole('form', { name: 'Ret budget 2025' });
    await grid.waitFor();
    await expectNoAxeViolations(page, 'Økonomi uden budget');
    const cell = (line: string, source: string) => grid.getByLabel(`${line}, ${source}`, { exact: true });
    await cell('Løn – Beskæftigelse', 'Landsbyggefonden').fill('2.400.000');
    await cell('Aktiviteter', 'Landsbyggefonden').fill('1.200.000');
    await cell('Aktiviteter', 'Boligorganisationerne').fill('1.200.000 kr');
    await cell('Administration', 'Kommunen').fill('120000');
    await grid.getByRole('button', { name: 'Gem budget' }).click();
    await expect
      .poll(() => grid.getByText('Skriv et helt antal kroner (0 eller mere), fx 1.250.000.').count())
      .toBe(1);
    await expectNoAxeViolations(page, 'Budget med fejl');
    await cell('Aktiviteter', 'Boligorganisationerne').fill('1.200.000');
    await grid.getByRole('button', { name: 'Gem budget' }).click();
    await page.getByText('Budgettet for 2025 er gemt.').waitFor();
    // Saved amounts are shown back the Danish way.
    expect(await cell('Administration', 'Kommunen').inputValue()).toBe('120.000');
    const budget = await tableCells(page, 'Budget 2025 pr. omkostningslinje og finansieringskilde');
    expect(cellAt(budget, 'I alt', 'I alt')).toBe('4.920.000 kr.');
    expect(await page.getByTestId('cofinancing').textContent()).toContain(
      '1.320.000 kr. af 4.920.000 kr. = 26,8 %. Krav: mindst 25,0 %. Kravet er opfyldt.',
    );
    await expectNoAxeViolations(page, 'Budget 2025');
  });

  it('imports a year of spending: one bad row imports nothing and is named; fixed, it imports', async () => {
    const importer = page.getByRole('region', { name: 'Indlæs forbrug fra bogføringen' });
    const choose = async (file: Buffer) => {
      await importer
        .getByLabel('Fil (CSV eller XLSX)')
        .setInputFiles({ name: 'posteringer-2025.csv', mimeType: 'text/csv', buffer: file });
      await importer.getByRole('button', { name: 'Læs kolonner' }).click();
      await importer.getByLabel('Kolonne med beløb').waitFor();
    };
    await choose(spendingCsv(10));
    await importer.getByLabel('Kolonne med måned eller dato').selectOption('Bogføringsdato');
    await importer.getByLabel('Kolonne med omkostningslinje').selectOption('Konto');
    await importer.getByLabel('Kolonne med beløb').selectOption('Beløb');
    await importer.getByRole('button', { name: 'Indlæs' }).click();
    const refused = importer.getByRole('alert');
    await refused.getByText('Intet er indlæst.', { exact: false }).waitFor();
    expect(await refused.getByRole('listitem').allTextContents()).toEqual([
      'Række 10: beløbet "ca. 100.000" er ikke et beløb i kroner (fx 1.234,50 eller -250)',
    ]);
    await expectNoAxeViolations(page, 'Import med fejl');
    const before = await tableCells(page, 'Budget mod forbrug 2025 pr. omkostningslinje');
    expect(cellAt(before, 'I alt', 'Forbrug')).toBe('0 kr.');

    await choose(spendingCsv());
    await importer.getByLabel('Kolonne med måned eller dato').selectOption('Bogføringsdato');
    await importer.getByLabel('Kolonne med omkostningslinje').selectOption('Konto');
    await importer.getByLabel('Kolonne med beløb').selectOption('Beløb');
    await importer.getByRole('button', { name: 'Prøv (ændrer intet)' }).click();
    await importer.getByText('Prøvekørslen fandt ingen fejl: 18 posteringer', { exact: false }).waitFor();
    expect(
      cellAt(await tableCells(page, 'Budget mod forbrug 2025 pr. omkostningslinje'), 'I alt', 'Forbrug'),
    ).toBe('0 kr.');
    await importer.getByRole('button', { name: 'Indlæs', exact: true }).click();
    await importer.getByText('18 posteringer er indlæst', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'Import gennemført');
  });

  it('shows the deviation in kroner and per cent, the forecast by the stated rule, and a chart', async () => {
    await expect
      .poll(async () =>
        cellAt(await tableCells(page, 'Budget mod forbrug 2025 pr. omkostningslinje'), 'I alt', 'Forbrug'),
      )
      .toBe('990.000 kr.');
    const cells = await tableCells(page, 'Budget mod forbrug 2025 pr. omkostningslinje');
    // Activities: budget 2.400.000, spent 900.000; forecast 900.000 + 3 × 200.000.
    expect(cellAt(cells, 'Aktiviteter', 'Afvigelse (kr.)')).toBe('-1.500.000 kr.');
    expect(cellAt(cells, 'Aktiviteter', 'Afvigelse (%)')).toBe('-62,5 %');
    expect(cellAt(cells, 'Aktiviteter', 'Prognose for året')).toBe('1.500.000 kr.');
    // Administration: budget 120.000, spent 90.000; forecast 90.000 + 3 × 10.000 = the budget.
    expect(cellAt(cells, 'Administration', 'Prognose for året')).toBe('120.000 kr.');
    expect(await page.getByTestId('forecast-rule').textContent()).toBe(
      'Prognose for året = forbruget til og med september + årets budget / 12 for hver af de 3 resterende måneder. Afvigelse = forbrug − budget.',
    );
    await page.getByTestId('finance-chart').locator('svg').first().waitFor();
    await expectNoAxeViolations(page, 'Budget mod forbrug');
  });

  it('the treasurer reads budget, spending and history, and has nothing to edit', async () => {
    await signOut(page);
    await signIn(page, session.server.baseUrl, TREASURER.email, TREASURER.password, TREASURER.newPassword);
    await planMenuOf(page).getByRole('link', { name: 'Økonomi' }).click();
    await expectHeading(page, 'Økonomi');
    await main().getByLabel('År', { exact: true }).selectOption('2025');
    const budget = await tableCells(page, 'Budget 2025 pr. omkostningslinje og finansieringskilde');
    expect(cellAt(budget, 'Aktiviteter', 'I alt')).toBe('2.400.000 kr.');
    expect(await main().getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Indlæs forbrug fra bogføringen' }).count()).toBe(0);
    const history = await tableCells(page, 'Ændringer i budgettet');
    const row = history.find((r) => r[2] === '2025: Aktiviteter, Landsbyggefonden');
    expect(row?.[1]).toBe(LEADER.email);
    expect(row?.[4]).toBe('1.200.000 kr.');
    await expectNoAxeViolations(page, 'Økonomi (kasserer)');
  });

  it('logged no script errors or CSP violations', () => {
    expect(session.problems).toEqual([]);
  });
});
