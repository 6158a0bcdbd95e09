import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, signIn, signOut } from './support/browser.ts';
import {
  main as mainOf,
  type PlanBrowser,
  startPlanBrowser,
  stopPlanBrowser,
} from './support/plan-browser.ts';
import { cellAt, tableCells } from './support/plan-helpers.ts';

// Issue 17 item 3: a leader edits an activity's target counts per area and its sessions after
// saving, sees Danish messages at the fields (the browser's own checks and the server's 400
// details), and finds the new values after a reload.
const ADMIN_PASSWORD = 'plan-admin-ny-adgangskode-2026';
const LEADER = {
  email: 'leder-rows@example.dk',
  password: 'leder-midlertidig-2026',
  newPassword: 'leder-egen-kode-2026!',
};

let session: PlanBrowser;
let page: Page;
const main = () => mainOf(page);

describe('plan module in Chromium: editing target groups and sessions', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
    const { server } = session;
    await signIn(page, server.baseUrl, server.email, server.password, ADMIN_PASSWORD);
    const created = await api(page, 'POST', '/api/v1/users', {
      clientKey: randomUUID(),
      email: LEADER.email,
      displayName: 'Lene Leder',
      role: 'leader',
      password: LEADER.password,
    });
    expect(created.status).toBe(201);
    await signOut(page);
    await signIn(page, server.baseUrl, LEADER.email, LEADER.password, LEADER.newPassword);
  }, 240_000);

  afterAll(() => stopPlanBrowser(session), 60_000);

  it('edits a per-area count and a session, with Danish errors per field, and keeps them after a reload', async () => {
    await page.goto(`${session.server.baseUrl}/plan/aktiviteter`);
    await main().getByRole('link', { name: 'Bydelsløftere for kvinder' }).click();
    await expectHeading(page, 'Bydelsløftere for kvinder');
    expect(cellAt(await tableCells(page, 'Målgrupper pr. boligområde'), 'Vollsmose', 'Antal')).toBe('1.912');

    await page.getByRole('button', { name: 'Ret aktiviteten' }).click();
    const edit = page.getByRole('form', { name: 'Ret aktiviteten' });
    const group = (name: string) => edit.getByRole('group', { name, exact: true });
    expect(await group('Målgruppe 1').getByLabel('Boligområde').inputValue()).toBe('vollsmose');
    await group('Målgruppe 1').getByLabel('Antal').fill('-5');
    await group('Gang 1').getByLabel('Titel').fill('');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await group('Målgruppe 1')
      .getByText('Skriv et helt tal, 0 eller derover, eller lad feltet stå tomt.')
      .waitFor();
    await group('Gang 1').getByText('Skriv gangens titel.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'targetGroups.0.count',
    );
    await expectNoAxeViolations(page, 'Målgrupper og gange med fejl');

    // The server's check: a session's text must not hold a CPR number; its message lands at the field.
    await group('Målgruppe 1').getByLabel('Antal').fill('2.000');
    await group('Gang 1').getByLabel('Titel').fill('Introduktion');
    await group('Gang 1').getByLabel('Beskrivelse').fill('Ring til 010203-1234');
    await edit.getByRole('button', { name: 'Tilføj målgruppe' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('targetGroups.6.areaSlug');
    await group('Målgruppe 7').getByLabel('Boligområde').selectOption({ label: 'Rising' });
    await group('Målgruppe 7').getByLabel('Målgruppe', { exact: true }).fill('kvinder i jobsøgning');
    await group('Målgruppe 7').getByLabel('Antal').fill('25');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await group('Gang 1')
      .getByText('Skriv ikke CPR-numre i Helhed. Fjern tallet, der ligner et CPR-nummer.')
      .waitFor();
    await expectNoAxeViolations(page, 'Gang med fejl fra serveren');

    await group('Gang 1').getByLabel('Beskrivelse').fill('Vi lærer hinanden at kende');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Aktiviteten er gemt.').waitFor();
    await expectNoAxeViolations(page, 'Aktivitet gemt');

    await page.reload();
    await expectHeading(page, 'Bydelsløftere for kvinder');
    const groups = await tableCells(page, 'Målgrupper pr. boligområde');
    expect(cellAt(groups, 'Vollsmose', 'Antal')).toBe('2.000');
    expect(groups.at(-1)).toEqual(['Rising', 'kvinder i jobsøgning', '25']);
    const first = page.getByRole('list', { name: 'Forløbets 7 gange' }).getByRole('listitem').first();
    expect(await first.textContent()).toContain('Introduktion');
    expect(await first.textContent()).toContain('Vi lærer hinanden at kende');
    await expectNoAxeViolations(page, 'Aktivitet efter genindlæsning');

    // The form opens with the saved rows; removing the new row names it, and saving removes it.
    await page.getByRole('button', { name: 'Ret aktiviteten' }).click();
    expect(await group('Målgruppe 1').getByLabel('Antal').inputValue()).toBe('2000');
    expect(await group('Gang 1').getByLabel('Titel').inputValue()).toBe('Introduktion');
    await edit.getByRole('button', { name: 'Fjern målgruppe 7' }).click();
    expect(await group('Målgruppe 7').count()).toBe(0);
    await expectNoAxeViolations(page, 'Ret aktiviteten');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Aktiviteten er gemt.').waitFor();
    await page.reload();
    await expectHeading(page, 'Bydelsløftere for kvinder');
    const after = await tableCells(page, 'Målgrupper pr. boligområde');
    expect(after.some((row) => row[1] === 'kvinder i jobsøgning')).toBe(false);
    expect(cellAt(after, 'Vollsmose', 'Antal')).toBe('2.000');
  });

  it('logged no script errors or CSP violations', () => {
    expect(session.problems).toEqual([]);
  });
});
