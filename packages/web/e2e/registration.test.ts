import { formatDate, todayInDenmark } from '@helhed/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, signIn, signOut } from './support/browser.ts';
import { type PlanBrowser, startPlanBrowser, stopPlanBrowser } from './support/plan-browser.ts';
import { cellsOf } from './support/plan-helpers.ts';

// The registration acceptance, tried as a new user would: a mentor records consent for a new
// participant referred by the jobcenter, starts a forløb with agreed goals, logs two meetings and
// ends it with "Ordinært job"; a mentor in another team finds nothing; the leder sees it; the board
// member sees nothing personal; the export holds it all; the erase keeps the count, not the name.
const ADMIN_PASSWORD = 'registrering-admin-adgangskode-2026';
const NEW_PASSWORD = 'en-ny-og-lang-adgangskode-til-test';
const START_PASSWORD = 'foerste-adgangskode-til-test';
const NAME = 'Amina Testdeltager';
const ACTIVITY = 'Uddannelses- og beskæftigelsesmentor for jobparate';
let session: PlanBrowser;
let page: Page;
let participantUrl = '';
let participantId = '';
const main = () => page.getByRole('main');

async function addUser(email: string, role: string, teamId: string | null) {
  const r = await api(page, 'POST', '/api/v1/users', {
    clientKey: crypto.randomUUID(),
    email,
    displayName: email.split('@')[0],
    role,
    password: START_PASSWORD,
    teamId,
  });
  expect(r.status).toBe(201);
}

async function apiGet(path: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url)).status, path);
}

describe('registration in Chromium', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
  }, 240_000);
  afterAll(() => stopPlanBrowser(session), 60_000);

  it('the administrator creates two teams in the form and four users', async () => {
    await signIn(page, session.server.baseUrl, session.server.email, session.server.password, ADMIN_PASSWORD);
    await page.goto(`${session.server.baseUrl}/administration/brugere`);
    await expectHeading(page, 'Brugere');
    for (const team of ['Team Nord', 'Team Syd']) {
      await page.getByLabel('Teamets navn').fill(team);
      await page.getByRole('button', { name: 'Opret team' }).click();
      await main().getByText(`Teamet ${team} er oprettet.`).waitFor();
    }
    await expectNoAxeViolations(page, 'Brugere med teams');
    const teams = await page.evaluate(async () => (await (await fetch('/api/v1/teams')).json()).teams);
    const teamId = (name: string) => teams.find((t: { name: string }) => t.name === name).id as string;
    await addUser('mentor@test.dk', 'worker', teamId('Team Nord'));
    await addUser('anden@test.dk', 'worker', teamId('Team Syd'));
    await addUser('leder@test.dk', 'leader', null);
    await addUser('bestyrelse@test.dk', 'reader', null);
    await page.reload();
    await expectHeading(page, 'Brugere');
    const move = main().getByRole('form', { name: 'Skift team for en bruger' });
    await move.getByLabel('Bruger').selectOption({ label: 'leder (leder@test.dk)' });
    await move.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Nord' });
    await move.getByRole('button', { name: 'Gem team' }).click();
    await move.getByText('Teamet er ændret for leder.').waitFor();
    await expectNoAxeViolations(page, 'Brugere, skift team');
    await signOut(page);
  });

  it('a mentor registers a participant with consent; typed input survives an error', async () => {
    await signIn(page, session.server.baseUrl, 'mentor@test.dk', START_PASSWORD, NEW_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Deltagere' })
      .click();
    await expectHeading(page, 'Deltagere');
    await expectNoAxeViolations(page, 'Deltagere (tom)');
    await main().getByRole('link', { name: 'Ny deltager' }).click();
    await expectHeading(page, 'Ny deltager');
    await page.getByLabel('Navn eller alias').fill(NAME);
    await page.getByLabel('Fødselsår').fill('1994');
    await page.getByLabel('Køn').selectOption({ label: 'Kvinde' });
    await page.getByLabel('Boligområde').selectOption({ label: 'Vollsmose' });
    await page.getByLabel('Kontaktoplysning (valgfri)').fill('010190-1234');
    await page.getByLabel('Registrering', { exact: true }).check();
    await page.getByRole('button', { name: 'Registrér deltager' }).click();
    await main()
      .getByText(/Skriv ikke CPR-numre/)
      .waitFor();
    expect(await page.getByLabel('Navn eller alias').inputValue()).toBe(NAME);
    expect(await page.getByLabel('Fødselsår').inputValue()).toBe('1994');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('contact');
    await expectNoAxeViolations(page, 'Ny deltager med fejl');
    // Keyboard only from here: clear the contact, tick statistics, submit with Enter.
    await page.getByLabel('Kontaktoplysning (valgfri)').fill('tlf. via mentor');
    await page.getByLabel('Statistik').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Navn eller alias').focus();
    await page.keyboard.press('Enter');
    // "Ny deltager" contains "deltager": wait for the participant's own address first.
    await page.waitForURL(/\/deltagere\/[0-9a-f-]{36}$/);
    await expectHeading(page, 'Deltager');
    participantUrl = page.url();
    participantId = participantUrl.split('/').pop() ?? '';
    await main().getByText(NAME).first().waitFor();
    await expectNoAxeViolations(page, 'Deltager');
  });

  it('records the jobcenter referral and starts a forløb with agreed goals', async () => {
    const referral = main().getByRole('form', { name: 'Ny henvisning' });
    await referral.getByLabel('Henvist af').selectOption({ label: 'Jobcenter / jobrådgiver' });
    await referral.getByLabel('Aktivitet').selectOption({ label: ACTIVITY });
    await referral.getByLabel('Årsag').fill('Ønsker hjælp til at finde job');
    await referral.getByRole('button', { name: 'Gem henvisning' }).click();
    await main().getByText('Henvisningen er gemt.').waitFor();
    // A mistyped referral text is corrected with a reason; the old text stays in the history.
    await main().locator('summary[aria-label^="Ret henvisningen fra"]').click();
    const fix = main().getByRole('form', { name: /^Ret henvisningen fra/ });
    await fix.getByRole('textbox', { name: 'Årsag', exact: true }).fill('Ønsker hjælp til job og uddannelse');
    await fix.getByLabel('Begrundelse').fill('Uddannelse blev nævnt ved henvisningen');
    await fix.getByRole('button', { name: 'Gem rettelsen' }).click();
    await main()
      .getByRole('table', { name: 'Rettelser af henvisninger' })
      .getByText('Uddannelse blev nævnt')
      .waitFor();
    await expectNoAxeViolations(page, 'Deltager med rettet henvisning');
    const start = main().getByRole('form', { name: 'Start et forløb' });
    await expect.poll(() => start.getByLabel('Aktivitet').inputValue()).not.toBe('');
    await start.getByLabel('Aftalte mål').fill('Søge fem stillinger om måneden\nFå truckcertifikat');
    await start.getByLabel('Aftalt ved (valgfri)').fill('3-partssamtale med jobrådgiver');
    await start.getByRole('button', { name: 'Start forløb' }).click();
    await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
    await expectHeading(page, 'Forløb');
    await main().getByRole('table', { name: 'Mål' }).getByText('Få truckcertifikat').waitFor();
    await expectNoAxeViolations(page, 'Forløb');
  });

  it('logs two meetings with a few keystrokes and ends the forløb with an ordinary job', async () => {
    for (const note of ['Gennemgik ansøgninger', 'Øvede jobsamtale']) {
      await page.getByLabel('Notat').fill(note);
      await page.keyboard.press('Enter');
      await main().getByRole('table', { name: 'Kontakter og møder' }).getByText(note).waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    }
    const rows = await cellsOf(main().getByRole('table', { name: 'Kontakter og møder' }));
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Møde', 'Møde']);
    // One of them was a phone call: corrected with a reason, and the history shows before → after.
    const today = formatDate(todayInDenmark());
    const which = `Ret kontakten Møde ${today}: Øvede jobsamtale`;
    await main().locator(`summary[aria-label="${which}"]`).click();
    const correction = main().getByRole('form', { name: which });
    await correction.getByLabel('Type').selectOption({ label: 'Telefon' });
    await correction.getByLabel('Begrundelse').fill('Det var en telefonsamtale');
    await correction.getByRole('button', { name: 'Gem rettelsen' }).click();
    const history = main().getByRole('table', { name: 'Rettelser af kontakter og møder' });
    await history.getByText('Det var en telefonsamtale').waitFor();
    const changes = await cellsOf(history);
    expect(changes[1]?.slice(1, 5)).toEqual([
      'Rettet',
      'Det var en telefonsamtale',
      `${today}, Møde, Øvede jobsamtale`,
      `${today}, Telefon, Øvede jobsamtale`,
    ]);
    await expectNoAxeViolations(page, 'Forløb med en rettet kontakt');
    // A goal reached today: marked in one step, shown with the date, and taken back the same way.
    const goal = main().getByRole('form', { name: 'Markér målet "Få truckcertifikat" som nået' });
    await goal.getByRole('button', { name: 'Markér som nået' }).click();
    const reached = main().getByRole('form', { name: 'Målet "Få truckcertifikat" er ikke nået alligevel' });
    await reached.waitFor();
    const goals = await cellsOf(main().getByRole('table', { name: 'Mål' }));
    const truck = goals.find((row) => row[0] === 'Få truckcertifikat') ?? [];
    expect(truck[3]).toBe(formatDate(todayInDenmark()));
    await expectNoAxeViolations(page, 'Forløb med et nået mål');
    await page.getByLabel('Resultat').selectOption({ label: 'Ordinært job' });
    await page.getByRole('button', { name: 'Afslut forløb' }).click();
    await main().getByText('Forløbet er afsluttet.').waitFor();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forløb' }).click();
    await expectHeading(page, 'Forløb');
    const list = main().getByRole('table', { name: 'Forløb' });
    await list.getByText(NAME).waitFor();
    expect(await list.textContent()).toContain('Ordinært job');
    await page.getByLabel('Søg på navn eller aktivitet').fill('ingen-med-dette-navn');
    await page.keyboard.press('Enter');
    await main().getByText('Ingen forløb passer til filtrene.').waitFor();
    await expectNoAxeViolations(page, 'Forløb (caseload)');
    // Registering her again, with a typo in the name: the first record is shown before anything is saved.
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Deltagere' })
      .click();
    await main().getByRole('link', { name: 'Ny deltager' }).click();
    await expectHeading(page, 'Ny deltager');
    await page.getByLabel('Navn eller alias').fill('Amina Testdeltagr');
    await page.getByLabel('Fødselsår').fill('1994');
    const likely = main().getByTestId('likely-duplicates');
    await likely.getByRole('heading', { name: 'Er personen allerede registreret?' }).waitFor();
    expect(await likely.getByRole('listitem').allTextContents()).toEqual([
      `${NAME}, født 1994, Vollsmose, Team Nord`,
    ]);
    await expectNoAxeViolations(page, 'Ny deltager med en mulig dublet');
    await likely.getByRole('link', { name: NAME }).click();
    await page.waitForURL(participantUrl);
    await signOut(page);
  });

  it('a mentor in another team cannot find the participant by any page or API call', async () => {
    await signIn(page, session.server.baseUrl, 'anden@test.dk', START_PASSWORD, NEW_PASSWORD);
    await page.goto(`${session.server.baseUrl}/deltagere`);
    await expectHeading(page, 'Deltagere');
    await main().getByText('Ingen deltagere endnu.').waitFor();
    await page.goto(participantUrl);
    await main().getByText('Siden eller ressourcen findes ikke.').waitFor();
    expect(await main().textContent()).not.toContain(NAME);
    expect(await apiGet(`/api/v1/participants/${participantId}`)).toBe(404);
    expect(await apiGet(`/api/v1/participants/${participantId}/export`)).toBe(404);
    const cases = await page.evaluate(async () => (await (await fetch('/api/v1/cases')).json()).cases);
    expect(cases).toEqual([]);
    // Nor as a likely duplicate of someone they type in.
    const likely = await page.evaluate(
      async (name) =>
        (
          await (
            await fetch(`/api/v1/participants/likely-duplicates?displayName=${name}&birthYear=1994`)
          ).json()
        ).participants,
      encodeURIComponent(NAME),
    );
    expect(likely).toEqual([]);
    await signOut(page);
  });

  it('the board member sees nothing personal', async () => {
    await signIn(page, session.server.baseUrl, 'bestyrelse@test.dk', START_PASSWORD, NEW_PASSWORD);
    await page.goto(`${session.server.baseUrl}/deltagere`);
    await expectHeading(page, 'Deltagere');
    await main()
      .getByText(/Din rolle giver ikke adgang/)
      .waitFor();
    await expectNoAxeViolations(page, 'Deltagere som læser');
    expect(await apiGet('/api/v1/participants')).toBe(403);
    expect(await apiGet(`/api/v1/participants/${participantId}/export`)).toBe(403);
    await signOut(page);
  });

  it('the leder sees it, exports it with the access log, and erases it: the count stays', async () => {
    await signIn(page, session.server.baseUrl, 'leder@test.dk', START_PASSWORD, NEW_PASSWORD);
    await page.goto(`${session.server.baseUrl}/deltagere`);
    await main().getByRole('link', { name: NAME }).click();
    await expectHeading(page, 'Deltager');
    const exportPage = await page.context().newPage();
    await exportPage.goto(`${session.server.baseUrl}/api/v1/participants/${participantId}/export.html`);
    const text = (await exportPage.textContent('body')) ?? '';
    for (const expected of [
      NAME,
      'Ønsker hjælp til at finde job',
      'Få truckcertifikat',
      'Øvede jobsamtale',
      'Ordinært job',
      'Opslag i oplysningerne',
      'sagsbehandling',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('mentor@test.dk');
    await expectNoAxeViolations(exportPage, 'Indsigt (HTML)');
    await exportPage.close();
    await page.getByLabel('Jeg har kontrolleret, at deltagerens personoplysninger skal slettes').check();
    await page.getByRole('button', { name: 'Slet personoplysninger' }).click();
    await main().getByText('Personoplysningerne er slettet. Forløbene tælles fortsat anonymt.').waitFor();
    expect(await main().textContent()).not.toContain(NAME);
    await page.goto(`${session.server.baseUrl}/forloeb`);
    await page.getByLabel('Vis').selectOption({ label: 'Alle forløb, jeg har adgang til' });
    const list = main().getByRole('table', { name: 'Forløb' });
    await list.getByText('Anonym deltager').waitFor();
    expect(await list.textContent()).toContain('Ordinært job');
    expect(await list.textContent()).not.toContain(NAME);
    const unexpected = session.problems.filter((p) => !/status of (403|404)/.test(p));
    expect(unexpected).toEqual([]);
  });
});
