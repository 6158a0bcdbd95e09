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

// Changes to the plan in the UI: activities, a delaftale's hours, and the history the board reads.
const ADMIN_PASSWORD = 'plan-admin-ny-adgangskode-2026';
const READER = {
  email: 'laeser@example.dk',
  password: 'laeser-midlertidig-2026',
  newPassword: 'laeser-egen-kode-2026!',
};
const LEADER = {
  email: 'leder@example.dk',
  password: 'leder-midlertidig-2026',
  newPassword: 'leder-egen-kode-2026!',
};
const INDICATOR_PATH = '/plan/indikatorer/udd-18-29-uddannelse-udover-grundskolen';

let session: PlanBrowser;
let page: Page;
const main = () => mainOf(page);
const planMenu = () => planMenuOf(page);

describe('plan module in Chromium: changes and history', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
    const { server } = session;
    await signIn(page, server.baseUrl, server.email, server.password, ADMIN_PASSWORD);
  }, 240_000);

  afterAll(() => stopPlanBrowser(session), 60_000);

  it('shows activities with target groups and the 7 sessions, and creates a new activity', async () => {
    await planMenu().getByRole('link', { name: 'Aktiviteter' }).click();
    await expectHeading(page, 'Aktiviteter');
    await page.getByRole('table', { name: 'Aktiviteter' }).waitFor();
    await expectNoAxeViolations(page, 'Aktiviteter');
    await main().getByRole('link', { name: 'Bydelsløftere for kvinder' }).click();
    await expectHeading(page, 'Bydelsløftere for kvinder');
    const sessions = page.getByRole('list', { name: 'Forløbets 7 gange' });
    expect(
      await sessions
        .getByRole('listitem')
        .filter({ has: page.locator('strong') })
        .count(),
    ).toBe(7);
    const groups = await tableCells(page, 'Målgrupper pr. boligområde');
    expect(cellAt(groups, 'Vollsmose', 'Antal')).toBe('1.912');
    await expectNoAxeViolations(page, 'Aktivitet');

    await page.goto(`${session.server.baseUrl}/plan/aktiviteter`);
    const form = page.getByRole('form', { name: 'Ny aktivitet' });
    await form.getByRole('button', { name: 'Opret aktivitet' }).click();
    await expect.poll(() => form.getByText('Skriv aktivitetens navn.').count()).toBe(1);
    await expectNoAxeViolations(page, 'Ny aktivitet med fejl');
    await form.getByLabel('Navn').fill('Lektiecafé i Rising');
    await form.getByLabel('Indsatsområde').selectOption({ label: 'Uddannelse og livschancer' });
    await form.getByLabel('Formål').fill('Bedre karakterer\nFlere får lektiehjælp');
    await form.getByRole('button', { name: 'Opret aktivitet' }).click();
    await page
      .getByRole('table', { name: 'Aktiviteter' })
      .getByRole('link', { name: 'Lektiecafé i Rising' })
      .waitFor();
    await page
      .getByRole('table', { name: 'Aktiviteter' })
      .getByRole('link', { name: 'Lektiecafé i Rising' })
      .click();
    await expectHeading(page, 'Lektiecafé i Rising');
    await page.getByRole('button', { name: 'Ret aktiviteten' }).click();
    const edit = page.getByRole('form', { name: 'Ret aktiviteten' });
    await edit.getByLabel('Samarbejdspartnere').fill('Rising Skole\nFrivillighuset');
    await edit.getByLabel('Form og struktur').selectOption('group');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Aktiviteten er gemt.').waitFor();
    expect(await main().textContent()).toContain('Frivillighuset');
    expect(await main().textContent()).toContain('Gruppeforløb');
    await expectNoAxeViolations(page, 'Aktivitet efter ændring');
  });

  it('opens every indsatsområde from the overview; each page passes axe', async () => {
    await planMenu().getByRole('link', { name: 'Overblik' }).click();
    // allTextContents does not wait: the overview's areas arrive after the page.
    const links = page.getByRole('region', { name: 'Indsatsområder' }).getByRole('link');
    await links.nth(3).waitFor();
    const names = await links.allTextContents();
    expect(names).toHaveLength(4);
    for (const name of names) {
      await page.goto(`${session.server.baseUrl}/plan`);
      await main().getByRole('link', { name, exact: true }).click();
      await expectHeading(page, name);
      await page.getByRole('heading', { name: 'Delaftale', level: 2 }).waitFor();
      expect(await page.getByRole('table').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, `Indsatsområde ${name}`);
    }
  });

  it('shows the staff hours', async () => {
    await planMenu().getByRole('link', { name: 'Medarbejdertimer' }).click();
    await expectHeading(page, 'Medarbejdertimer');
    const cells = await tableCells(page, 'Ugentlige medarbejdertimer pr. indsatsområde');
    expect(cells.some((row) => row[0] === 'Uddannelse og livschancer')).toBe(true);
    await expectNoAxeViolations(page, 'Medarbejdertimer');
  });

  it('lets a leader revise a delaftale’s weekly hours, and the history shows who changed what', async () => {
    const created = await api(page, 'POST', '/api/v1/users', {
      clientKey: randomUUID(),
      email: LEADER.email,
      displayName: 'Lene Leder',
      role: 'leader',
      password: LEADER.password,
    });
    expect(created.status).toBe(201);
    const reader = await api(page, 'POST', '/api/v1/users', {
      clientKey: randomUUID(),
      email: READER.email,
      displayName: 'Bo Bestyrelse',
      role: 'reader',
      password: READER.password,
    });
    expect(reader.status).toBe(201);
    await signOut(page);
    await signIn(page, session.server.baseUrl, LEADER.email, LEADER.password, LEADER.newPassword);
    await main().getByRole('link', { name: 'Beskæftigelse', exact: true }).click();
    await expectHeading(page, 'Beskæftigelse');
    const before = (await page.getByTestId('weekly-hours').textContent())?.trim() ?? '';
    await page.getByRole('button', { name: 'Ret delaftalen' }).click();
    const form = page.getByRole('form', { name: 'Ret delaftalen' });
    await form.getByLabel('Timer pr. uge').fill('-3');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => form.getByText('Tallet må ikke være negativt.').count()).toBe(1);
    await expectNoAxeViolations(page, 'Delaftale med fejl');
    await form.getByLabel('Timer pr. uge').fill('142,5');
    await form.getByLabel('Revision').fill('Timetal revideret efter budgetaftale');
    await form.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Delaftalen er gemt.').waitFor();
    await expect.poll(() => page.getByTestId('weekly-hours').textContent()).toMatch(/^142,5/);
    expect(before).not.toMatch(/^142,5/);

    await planMenu().getByRole('link', { name: 'Planens historik' }).click();
    await expectHeading(page, 'Planens historik');
    const cells = await tableCells(page, 'Ændringer i planen');
    const row = cells.find(
      (candidate) => candidate[1] === LEADER.email && candidate[2]?.startsWith('Delaftale'),
    );
    expect(row, JSON.stringify(cells.slice(0, 4))).toBeDefined();
    expect(row?.[3]).toBe('Ændret');
    expect(row?.[4]).toMatch(/Timer pr\. uge: .+ → 142,5/);
    await expectNoAxeViolations(page, 'Planens historik');
  });

  it('shows a reader the plan and its history, but no edit controls', async () => {
    await signOut(page);
    await signIn(page, session.server.baseUrl, READER.email, READER.password, READER.newPassword);
    expect(await planMenu().getByRole('link', { name: 'Importér indikatorværdier' }).count()).toBe(0);
    await main().getByRole('link', { name: 'Beskæftigelse', exact: true }).click();
    await expectHeading(page, 'Beskæftigelse');
    await expect.poll(() => page.getByTestId('weekly-hours').textContent()).toMatch(/^142,5/);
    expect(await page.getByRole('button', { name: 'Ret delaftalen' }).count()).toBe(0);
    await page.goto(`${session.server.baseUrl}${INDICATOR_PATH}`);
    await page.getByRole('table', { name: /^Værdier pr. boligområde og år/ }).waitFor();
    expect(await page.getByRole('form', { name: 'Indtast værdier' }).count()).toBe(0);
    await planMenu().getByRole('link', { name: 'Planens historik' }).click();
    const cells = await tableCells(page, 'Ændringer i planen');
    expect(cells.some((row) => row[1] === LEADER.email)).toBe(true);
    await expectNoAxeViolations(page, 'Planens historik (læser)');
  });

  it('shows the reader the delaftaler as of yesterday, with the change since, and as of today', async () => {
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    await planMenu().getByRole('link', { name: 'Delaftaler pr. dato' }).click();
    await expectHeading(page, 'Delaftaler pr. dato');
    await expectNoAxeViolations(page, 'Delaftaler pr. dato (tom)');
    const dateField = main().getByLabel('Dato');
    await dateField.fill('2020-01-01');
    await main().getByRole('button', { name: 'Vis' }).click();
    await main()
      .getByText(/^Vælg en dato fra planperiodens start/)
      .waitFor();
    await expectNoAxeViolations(page, 'Delaftaler pr. dato med fejl');

    await dateField.fill(day(-1));
    await main().getByRole('button', { name: 'Vis' }).click();
    const work = main().getByRole('region', { name: 'Beskæftigelse', exact: true });
    await expect.poll(() => work.getByTestId('weekly-hours').textContent()).toMatch(/^219\b/);
    expect(await page.getByTestId('changes-since').textContent()).toMatch(/ændring/);
    const since = await tableCells(page, /^Ændret siden/);
    expect(since.some((row) => row[1] === LEADER.email && /→ 142,5/.test(row[4] ?? ''))).toBe(true);
    await expectNoAxeViolations(page, 'Delaftaler pr. i går');
    const pdf = await page.evaluate(
      async (url) => {
        const response = await fetch(url);
        return { status: response.status, type: response.headers.get('content-type') };
      },
      `/api/v1/plan/sub-agreements/as-of?date=${day(-1)}&format=pdf`,
    );
    expect(pdf).toEqual({ status: 200, type: 'application/pdf' });

    await dateField.fill(day(0));
    await main().getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => work.getByTestId('weekly-hours').textContent()).toMatch(/^142,5/);
    expect(await page.getByTestId('changes-since').textContent()).toBe(
      'Ingen ændringer siden. Delaftalerne ser ud som i dag.',
    );
    await expectNoAxeViolations(page, 'Delaftaler pr. i dag');
  });

  it('logged no script errors or CSP violations', () => {
    expect(session.problems).toEqual([]);
  });
});
