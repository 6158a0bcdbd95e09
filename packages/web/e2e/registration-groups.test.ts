import { da } from '@helhed/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, pickParticipant, signIn, signOut } from './support/browser.ts';
import { type PlanBrowser, startPlanBrowser, stopPlanBrowser } from './support/plan-browser.ts';

// Widening the registration: a Bydelsløftere course with the plan's sessions, enrolment,
// attendance, completion and evaluation; a volunteer counted for the year; a tryghed contact and
// a CKS meeting. Every page passes axe. Build the web app first.
const ADMIN_PASSWORD = 'hold-admin-adgangskode-2026-lang';
const START_PASSWORD = 'foerste-adgangskode-til-hold';
const NEW_PASSWORD = 'ny-adgangskode-til-hold-test';
let session: PlanBrowser;
let page: Page;
let teamId = '';
const main = () => page.getByRole('main');
const YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' })
  .format(new Date())
  .slice(0, 4);

describe('group courses, volunteers, tryghed and CKS in Chromium', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
    await signIn(page, session.server.baseUrl, session.server.email, session.server.password, ADMIN_PASSWORD);
    const team = await api(page, 'POST', '/api/v1/teams', {
      clientKey: crypto.randomUUID(),
      name: 'Team Nord',
    });
    await api(page, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email: 'mentor@test.dk',
      displayName: 'Mentor',
      role: 'worker',
      password: START_PASSWORD,
      teamId: (team.body as { id: string }).id,
    });
    teamId = (team.body as { id: string }).id;
    await signOut(page);
    await signIn(page, session.server.baseUrl, 'mentor@test.dk', START_PASSWORD, NEW_PASSWORD);
    for (const name of ['Fatima', 'Hodan']) {
      const r = await api(page, 'POST', '/api/v1/participants', {
        clientKey: crypto.randomUUID(),
        displayName: name,
        gender: 'female',
        consent: {
          givenOn: `${YEAR}-01-05`,
          forRegistration: true,
          forStatistics: true,
          forPartnerContact: false,
        },
      });
      expect(r.status).toBe(201);
    }
  }, 240_000);
  afterAll(() => stopPlanBrowser(session), 60_000);

  it('creates Bydelsløftere for kvinder with the plan’s seven sessions and records attendance', async () => {
    await page.goto(`${session.server.baseUrl}/forloeb`);
    await expectHeading(page, 'Forløb');
    await main().getByRole('link', { name: 'Hold og fællesskaber' }).click();
    await expectHeading(page, 'Hold og fællesskaber');
    await expectNoAxeViolations(page, 'Hold og fællesskaber');
    const form = main().getByRole('form', { name: da.registrationUi.newGroup });
    await form.getByLabel('Aktivitet').selectOption({ label: 'Bydelsløftere for kvinder' });
    await form.getByLabel('Titel').fill('Bydelsløftere for kvinder, hold 1');
    await form.getByRole('button', { name: 'Opret', exact: true }).click();
    await page.waitForURL(/\/forloeb\/hold\/[0-9a-f-]{36}$/);
    await expectHeading(page, 'Hold');
    await main().getByRole('heading', { name: '1. gang: Intro' }).waitFor();
    expect(
      await main()
        .getByRole('heading', { name: /^\d\. gang/ })
        .count(),
    ).toBe(7);
    const enrol = main().getByRole('form', { name: 'Tilmeld' });
    for (const name of ['Fatima', 'Hodan']) {
      await pickParticipant(enrol, name);
      await enrol.getByRole('button', { name: 'Tilmeld' }).click();
      await main().getByRole('form', { name }).waitFor();
    }
    const first = main().getByRole('form', { name: '1. gang: Intro' });
    await first.getByLabel('Fatima').check();
    await first.getByRole('button', { name: 'Gem fremmøde' }).click();
    await first.getByText('Fremmødet er gemt.').waitFor();
    const fatima = main().getByRole('form', { name: 'Fatima' });
    await fatima.getByLabel('Gennemført').check();
    await fatima.getByLabel('Diplom den').fill(`${YEAR}-03-01`);
    await fatima.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(async () => (await main().textContent()) ?? '').toMatch(/Gennemført\s*1/);
    await page.getByLabel('Evaluering', { exact: true }).fill('Deltagerne vil fortsætte som netværk.');
    await page.getByRole('button', { name: 'Gem evaluering' }).click();
    await main().getByText('Evalueringen er gemt.').waitFor();
    await expectNoAxeViolations(page, 'Hold');
    const stored = await page.evaluate(async () => {
      const list = await (await fetch('/api/v1/group-courses')).json();
      return (await (await fetch(`/api/v1/group-courses/${list.courses[0].id}`)).json()) as {
        sessions: { presentEnrolmentIds: string[] }[];
        enrolled: number;
        completed: number;
      };
    });
    expect(stored.sessions[0]?.presentEnrolmentIds).toHaveLength(1);
    expect(stored).toMatchObject({ enrolled: 2, completed: 1 });
  });

  it('counts a new volunteer for the year', async () => {
    await page.goto(`${session.server.baseUrl}/deltagere`);
    await main().getByRole('link', { name: 'Frivillige' }).click();
    await expectHeading(page, 'Frivillige');
    await main().getByText(`Nye frivillige i ${YEAR}: 0`).waitFor();
    await pickParticipant(page, 'Hodan');
    await page.getByRole('button', { name: 'Registrér frivillig' }).click();
    await main().getByText(`Nye frivillige i ${YEAR}: 1`).waitFor();
    await main().getByText('Viser 1–1 af 1.').waitFor();
    await expectNoAxeViolations(page, 'Frivillige');
  });

  it('registers a tryghed contact and a CKS meeting; a CPR number is refused in Danish', async () => {
    await page.goto(`${session.server.baseUrl}/forloeb/tryghed`);
    await expectHeading(page, 'Tryghed og CKS');
    const safety = main().getByRole('form', { name: 'Ny tryghedshenvendelse' });
    await safety.getByLabel('Hvad drejer det sig om').fill('Unge samles ved blok 3, nr. 0101101234');
    await safety.getByLabel('SSP').check();
    await safety.getByRole('button', { name: 'Gem henvendelse' }).click();
    await safety.getByText(/Skriv ikke CPR-numre/).waitFor();
    await safety.getByLabel('Hvad drejer det sig om').fill('Unge samles ved blok 3 om aftenen');
    await safety.getByRole('button', { name: 'Gem henvendelse' }).click();
    await safety.getByText('Henvendelsen er gemt.').waitFor();
    await main()
      .getByRole('table', { name: 'Tryghedshenvendelser' })
      .getByText('Unge samles ved blok 3 om aftenen')
      .waitFor();
    const cks = main().getByRole('form', { name: 'Nyt CKS-møde' });
    await cks.getByLabel('Deltagere pr. organisation').fill('SSP: 2\nFyns Politi: 1');
    await cks.getByLabel('Aftaler').fill('Fælles gåtur fredag');
    await cks.getByRole('button', { name: 'Gem møde' }).click();
    await main().getByRole('table', { name: 'CKS-møder' }).getByText('SSP: 2, Fyns Politi: 1').waitFor();
    await expectNoAxeViolations(page, 'Tryghed og CKS');
    expect(session.problems.filter((p) => !/status of (400|403|404)/.test(p))).toEqual([]);
  });

  it('corrects the tryghed contact and removes the CKS meeting, each with a reason kept in the history', async () => {
    const contacts = main().getByRole('table', { name: 'Tryghedshenvendelser' });
    await contacts.locator('summary', { hasText: 'Ret' }).click();
    const fix = main().getByRole('form', { name: /^Ret henvendelsen/ });
    await fix.getByLabel('Hvad drejer det sig om').fill('Unge samles ved blok 5 om aftenen');
    await fix.getByRole('button', { name: 'Gem rettelsen' }).click();
    await fix.getByText('Skriv en begrundelse for rettelsen.').waitFor();
    await fix.getByLabel('Begrundelse').fill('Forkert blok');
    await fix.getByRole('button', { name: 'Gem rettelsen' }).click();
    await contacts.getByText('Unge samles ved blok 5 om aftenen').waitFor();
    const contactHistory = main().getByRole('table', { name: 'Rettede og fjernede tryghedshenvendelser' });
    await contactHistory.getByRole('cell', { name: 'Forkert blok' }).waitFor();
    await contactHistory.getByText(/Unge samles ved blok 3 om aftenen/).waitFor();
    const meetings = main().getByRole('table', { name: 'CKS-møder' });
    await meetings.locator('summary', { hasText: 'Ret' }).click();
    const removal = main().getByRole('form', { name: /^Fjern CKS-mødet/ });
    await removal.getByLabel('Begrundelse').fill('Mødet blev aflyst');
    await removal.getByRole('button', { name: 'Fjern mødet' }).click();
    await meetings.getByText('Ingen møder.').waitFor();
    const meetingHistory = main().getByRole('table', { name: 'Rettede og fjernede CKS-møder' });
    await meetingHistory.getByRole('cell', { name: 'Mødet blev aflyst' }).waitFor();
    await meetingHistory.getByRole('cell', { name: 'Fjernet' }).waitFor();
    await expectNoAxeViolations(page, 'Tryghed og CKS med historik');
    expect(session.problems.filter((p) => !/status of (400|403|404)/.test(p))).toEqual([]);
  });

  it('a leader publishes the evaluation to the videnbase only after removing a participant’s name', async () => {
    await signOut(page);
    await signIn(page, session.server.baseUrl, session.server.email, ADMIN_PASSWORD, ADMIN_PASSWORD);
    await api(page, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email: 'leder@test.dk',
      displayName: 'Leder',
      role: 'leader',
      password: START_PASSWORD,
      teamId,
    });
    await signOut(page);
    await signIn(page, session.server.baseUrl, 'leder@test.dk', START_PASSWORD, NEW_PASSWORD);
    await page.goto(`${session.server.baseUrl}/forloeb/hold`);
    await expectHeading(page, 'Hold og fællesskaber');
    // The list is searched on the server and says how many there are.
    await main().getByLabel('Søg i holdenes titler').fill('hold 1');
    await main().getByRole('button', { name: 'Søg' }).click();
    await page.waitForURL(/\/forloeb\/hold\?q=hold\+1$/);
    await main().getByText('Viser 1–1 af 1.').waitFor();
    await main().getByRole('link', { name: 'Bydelsløftere for kvinder, hold 1' }).click();
    await expectHeading(page, 'Hold');
    const step = main().getByRole('form', { name: 'Offentliggør i videnbasen' });
    await main()
      .getByText(/^Ikke offentliggjort\. Evalueringen ses kun/)
      .waitFor();
    await step.getByLabel('Tekst til videnbasen').fill('Fatima stoppede, hun er gravid. Ring 20 30 40 50.');
    await step.getByRole('button', { name: 'Offentliggør' }).click();
    const findings = step.getByRole('list', { name: 'Fjern dette, før du offentliggør' });
    await findings.getByText('Navn på en deltager i planen: »Fatima«').waitFor();
    await findings.getByText('Telefonnummer: »20 30 40 50«').waitFor();
    await expectNoAxeViolations(page, 'Hold, offentliggørelse afvist');
    await step.getByLabel('Tekst til videnbasen').fill('Deltagerne vil fortsætte som netværk.');
    await step.getByRole('button', { name: 'Offentliggør' }).click();
    await main()
      .getByText(/Offentliggjort .* af Leder\./)
      .waitFor();
    await expectNoAxeViolations(page, 'Hold, offentliggjort');
    const activity = await page.evaluate(async () => {
      const list = await (await fetch('/api/v1/group-courses')).json();
      return list.courses[0].activityId as string;
    });
    await page.goto(`${session.server.baseUrl}/program/videnbase/aktiviteter/${activity}`);
    await main().getByText('Deltagerne vil fortsætte som netværk.').waitFor();
    expect(await main().textContent()).not.toContain('gravid');
    await expectNoAxeViolations(page, 'Videnbase med offentliggjort evaluering');
  });
});
