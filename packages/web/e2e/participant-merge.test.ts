import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, signIn } from './support/browser.ts';
import { type PlanBrowser, startPlanBrowser, stopPlanBrowser } from './support/plan-browser.ts';

// Issue 17, item 4, as a leader would do it: two records of one person, registered by two teams with
// different consents; the leader opens one, chooses the other among its likely duplicates, sees what
// moves and that statistics is no longer allowed, gives a reason and merges; the other record is
// gone from the list; then "Fortryd sammenlægning" brings it back. axe finds nothing on each step.
const ADMIN_PASSWORD = 'sammenlaegning-admin-adgangskode';
const NEW_PASSWORD = 'sammenlaegning-ny-adgangskode-2026';
const START_PASSWORD = 'foerste-adgangskode-til-test';
let session: PlanBrowser;
let page: Page;
const main = () => page.getByRole('main');

async function participant(name: string, teamId: string, forStatistics: boolean, areaId: string) {
  const r = await api(page, 'POST', '/api/v1/participants', {
    clientKey: crypto.randomUUID(),
    displayName: name,
    birthYear: 1990,
    gender: 'female',
    areaId,
    teamId,
    consent: { givenOn: '2026-11-02', forRegistration: true, forStatistics, forPartnerContact: false },
  });
  expect(r.status, r.text).toBe(201);
  return (r.body as { id: string }).id;
}

describe('merging two records of one person in Chromium', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
  }, 240_000);
  afterAll(() => stopPlanBrowser(session), 60_000);

  it('a leader merges a duplicate into a participant and undoes it', async () => {
    const { baseUrl } = session.server;
    await signIn(page, baseUrl, session.server.email, session.server.password, ADMIN_PASSWORD);
    const teamIds: string[] = [];
    for (const name of ['Team Nord', 'Team Syd']) {
      const r = await api(page, 'POST', '/api/v1/teams', { clientKey: crypto.randomUUID(), name });
      teamIds.push((r.body as { id: string }).id);
    }
    const user = await api(page, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email: 'leder@test.dk',
      displayName: 'Lene Leder',
      role: 'leader',
      password: START_PASSWORD,
      teamId: teamIds[0],
    });
    expect(user.status).toBe(201);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/log-ind');
    await signIn(page, baseUrl, 'leder@test.dk', START_PASSWORD, NEW_PASSWORD);
    const options = (await api(page, 'GET', '/api/v1/registration/options')).body as {
      areas: { id: string }[];
    };
    const areaId = options.areas[0]?.id as string;
    const keptId = await participant('Amina Hassan', teamIds[0] as string, true, areaId);
    const dupId = await participant('Amina Hasan', teamIds[1] as string, false, areaId);

    await page.goto(`${baseUrl}/deltagere/${keptId}`);
    await expectHeading(page, 'Deltager');
    const section = main().getByRole('region', { name: 'Læg sammen med en dublet' });
    await section.getByText('Læg sammen med en dublet', { exact: true }).last().click();
    const choose = section.getByRole('button', { name: /^Vælg: Amina Hasan/ });
    await choose.waitFor();
    await expectNoAxeViolations(page, 'Sammenlægning: vælg dublet');
    await choose.click();
    await section.getByText('Flyttes hertil fra Amina Hasan').waitFor();
    await expect(section.getByTestId('merge-narrowed').textContent()).resolves.toContain('statistik');
    await expectNoAxeViolations(page, 'Sammenlægning: bekræft');
    await section.getByLabel('Begrundelse').fill('Samme person, registreret af to teams');
    await section.getByRole('button', { name: 'Læg sammen', exact: true }).click();
    await section.getByText('Amina Hasan er lagt sammen med denne deltager.').waitFor();
    const undo = section.getByRole('button', { name: 'Fortryd sammenlægning' });
    await undo.waitFor();
    await section.getByText(/Kan fortrydes til og med \d{2}\.\d{2}\.\d{4}/).waitFor();
    await main()
      .getByRole('region', { name: 'Samtykke' })
      .getByText('Indsnævret ved en sammenlægning')
      .waitFor();
    await expectNoAxeViolations(page, 'Sammenlægning: resultat');

    // The duplicate is gone: its page is not found (the one 404 the console shows) and the list shows one Amina.
    expect(session.problems).toEqual([]);
    expect((await api(page, 'GET', `/api/v1/participants/${dupId}`)).status).toBe(404);
    expect(session.problems.splice(0)).toEqual([
      'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    const list = (await api(page, 'GET', '/api/v1/participants?q=Amina')).body as { total: number };
    expect(list.total).toBe(1);

    await undo.click();
    await section
      .getByText('Sammenlægningen er fortrudt: Amina Hasan er en deltager for sig igen.')
      .waitFor();
    await section.getByText(/Fortrudt den \d{2}\.\d{2}\.\d{4}/).waitFor();
    await expectNoAxeViolations(page, 'Sammenlægning: fortrudt');
    expect((await api(page, 'GET', `/api/v1/participants/${dupId}`)).status).toBe(200);
    expect(session.problems).toEqual([]);
  });
});
