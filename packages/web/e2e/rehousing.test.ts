import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../server/test/pdf-text.ts';
import { type SmtpCapture, startSmtpCapture } from '../../server/test/smtp-capture.ts';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { type AppServer, REPO_ROOT, startAppServer } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, danishPage, expectHeading, launchChromium, signIn, signOut } from './support/browser.ts';
import { tableCells } from './support/plan-helpers.ts';
import {
  createPeople,
  flyttehjaelpCsv,
  PASSWORD,
  plusDays,
  recordFlyttehjaelpEvents,
  withEnv,
} from './support/rehousing-helpers.ts';

// Genhusning's acceptance, tried as new users would on a fresh install, on the embedded database and
// on a PostgreSQL 15 server: the 2011–2012 "Udvidet flyttehjælp" gives seed 001's table on both dates
// for the leder and "x" (hidden) for the board; an offer letter arrives as a PDF at a real SMTP server; the
// household accepts and moves; the brobygger follows up; a worker outside the team finds nothing.
const NEW_PASSWORD = 'en-ny-og-lang-adgangskode-genhusning';
const HISTORIC = 'Udvidet flyttehjælp 2011–2012';

describe.each(['embedded', 'postgres'] as const)(
  'genhusning in Chromium on %s',
  { timeout: 300_000 },
  (kind) => {
    let server: AppServer;
    let database: TestDatabase | undefined;
    let smtp: SmtpCapture;
    let page: Page;
    let close: () => Promise<void>;
    let householdUrl = '';
    let webDist = '';
    const problems: string[] = [];
    const main = () => page.getByRole('main');
    const as = (email: string) => signIn(page, server.baseUrl, email, PASSWORD, NEW_PASSWORD);
    const openRehousing = async () => {
      await page
        .getByRole('navigation', { name: 'Hovedmenu' })
        .getByRole('link', { name: 'Genhusning' })
        .click();
      await expectHeading(page, 'Genhusning');
    };
    async function showStatus(date: string) {
      await main().getByLabel('Etape', { exact: true }).selectOption({ label: HISTORIC });
      await main().getByLabel('Pr. dato').fill(date);
      await main().getByRole('button', { name: 'Vis' }).click();
      const caption = `Status for genhusning pr. ${date.split('-').reverse().join('.')}`;
      const rows = await tableCells(page, caption);
      return Object.fromEntries(rows.slice(1).map((r) => [r[0], r[1]]));
    }

    beforeAll(async () => {
      smtp = await startSmtpCapture();
      database = kind === 'postgres' ? await createTestDatabase('postgres', 'seeded') : undefined;
      // The server inherits this environment: mail goes to the capture, and the app is served from a
      // private copy of the build, so another `npm run build:web` cannot swap the lazy chart chunk.
      webDist = mkdtempSync(path.join(tmpdir(), 'helhed-web-genhusning-'));
      cpSync(path.join(REPO_ROOT, 'packages/web/dist'), webDist, { recursive: true });
      // The genhusning job (offers that expire, reminders) looks every half second instead of hourly.
      const env = { SMTP_URL: smtp.url, HELHED_WEB_DIST: webDist, HELHED_REHOUSING_REMINDER_POLL_MS: '500' };
      server = await withEnv(env, () => startAppServer(database ? { databaseUrl: database.url } : {}));
      const browser = await launchChromium();
      page = await danishPage(browser, problems);
      close = async () => {
        await browser.close();
        await server.stop();
        await database?.drop();
        await smtp.close();
        rmSync(webDist, { recursive: true, force: true });
      };
      await signIn(
        page,
        server.baseUrl,
        server.email,
        server.password,
        'genhusning-admin-ny-adgangskode-2026',
      );
      await createPeople(page);
      await signOut(page);
    }, 240_000);
    afterAll(() => close?.(), 60_000);

    it('a leder enters the 2011–2012 list and sees the committee table of seed 001', async () => {
      await as('leder@genhusning.test');
      await openRehousing();
      const form = main().getByRole('form', { name: 'Opret etape' });
      const phases: Array<[string, string]> = [
        [HISTORIC, 'Flytteprogram'],
        ['Etape 1 – Bøgeparken', 'Nedrivning'],
      ];
      for (const [name, kind] of phases) {
        await form.getByLabel('Navn').fill(name);
        await form.getByLabel('Type').selectOption({ label: kind });
        await form.getByRole('button', { name: 'Opret etape' }).click();
        await form.getByText('Etapen er oprettet.').waitFor();
      }
      await expectNoAxeViolations(page, 'Genhusning (leder)');
      await page
        .getByRole('navigation', { name: 'Genhusning – undermenu' })
        .getByRole('link', { name: 'Indlæs husstande' })
        .click();
      await expectHeading(page, 'Indlæs husstande');
      await main()
        .getByLabel('Fil (CSV eller XLSX)')
        .setInputFiles({
          name: 'husstande.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(flyttehjaelpCsv(HISTORIC), 'utf8'),
        });
      await main().getByRole('button', { name: 'Indlæs' }).click();
      await main().getByText('28 husstande er indlæst.').waitFor();
      await expectNoAxeViolations(page, 'Indlæs husstande');
      await recordFlyttehjaelpEvents(page);
      await openRehousing();
      expect(await showStatus('2012-03-05')).toMatchObject({
        'Familier flyttet i ny bolig': '1',
        'Familier med tilbud om ny bolig': '6',
        'Familier der har afvist boligtilbud': '6',
        'Familier der afventer boligtilbud': '13',
        'Familier i alt': '26',
      });
      expect(await showStatus('2012-04-11')).toMatchObject({
        'Familier flyttet i ny bolig': '4',
        'Familier med tilbud om ny bolig': '3',
        'Familier der har afvist boligtilbud': '9',
        'Familier der afventer boligtilbud': '12',
      });
      await page.getByTestId('status-chart').locator('.recharts-bar-rectangle').first().waitFor();
      await expectNoAxeViolations(page, 'Genhusning status pr. 11.04.2012');
      await signOut(page);
    });

    it('the board member sees "x" for 1–4 and no households', async () => {
      await as('bestyrelse@genhusning.test');
      await openRehousing();
      const cells = await showStatus('2012-04-11');
      expect(cells['Familier flyttet i ny bolig']).toBe('x');
      expect(cells['Familier med tilbud om ny bolig']).toBe('x');
      expect(['9', 'x']).toContain(cells['Familier der har afvist boligtilbud']);
      expect(
        await page.getByRole('navigation', { name: 'Genhusning – undermenu' }).textContent(),
      ).not.toContain('Husstande');
      expect((await api(page, 'GET', '/api/v1/rehousing/households')).status).toBe(403);
      await expectNoAxeViolations(page, 'Genhusning (bestyrelse)');
      await signOut(page);
    });

    it('a worker writes up a household, makes an offer and e-mails the PDF letter; it is accepted and moved', async () => {
      await as('mette@genhusning.test');
      await openRehousing();
      await page
        .getByRole('navigation', { name: 'Genhusning – undermenu' })
        .getByRole('link', { name: 'Husstande' })
        .click();
      await expectHeading(page, 'Husstande');
      const form = main().getByRole('form', { name: 'Skriv husstand op' });
      await form.getByLabel('Etape').selectOption({ label: 'Etape 1 – Bøgeparken' });
      await form.getByLabel('Kontaktperson').fill('Familien Ørsted (fiktiv)');
      await form.getByLabel('Telefon og e-mail').fill('familien.orsted@example.test');
      await form.getByLabel('Voksne').fill('2');
      await form.getByLabel('Børn 6–17 år').fill('2');
      await form.getByLabel('Nuværende bolig').fill('Bøgeparken 12, st. tv.');
      await expectNoAxeViolations(page, 'Husstande med formular');
      await form.getByRole('button', { name: 'Skriv husstand op' }).click();
      await page.waitForURL(/\/genhusning\/husstande\/[0-9a-f-]{36}$/);
      await expectHeading(page, 'Familien Ørsted (fiktiv)');
      householdUrl = page.url();
      await main().getByText('Ret husstandens oplysninger').click();
      const edit = main().getByRole('form', { name: 'Ret husstandens oplysninger' });
      await edit.getByLabel('Ønskede områder').fill('Hjallese eller Dalum');
      await edit.getByLabel('Behov for tilgængelig bolig').check();
      await expectNoAxeViolations(page, 'Ret husstand');
      await edit.getByRole('button', { name: 'Gem' }).click();
      await main().getByText('Hjallese eller Dalum').first().waitFor();
      const offer = main().getByRole('form', { name: 'Giv boligtilbud' });
      await offer.getByLabel('Boligorganisation').fill('Civica');
      await offer.getByLabel('Afdeling').fill('Lærkeparken');
      await offer.getByLabel('Værelser').fill('4');
      await offer.getByLabel('Husleje (kr./md.)').fill('7450');
      await offer.getByLabel('Svarfrist').fill(plusDays(14));
      await offer.getByRole('button', { name: 'Giv boligtilbud' }).click();
      await page.getByTestId('letter-preview').getByText('Kære Familien Ørsted (fiktiv)').waitFor();
      await main().getByRole('button', { name: 'Send som e-mail' }).click();
      await main().getByText('Brevet er sendt til familien.orsted@example.test.').waitFor();
      const mail = await smtp.waitFor((m) => m.to.includes('familien.orsted@example.test'));
      const raw = mail.raw.replace(/\r\n/g, '\n');
      const part = raw.slice(raw.indexOf('Content-Type: application/pdf'));
      const body = part.slice(part.indexOf('\n\n') + 2);
      const pdf = Buffer.from(body.slice(0, body.indexOf('\n--')).replace(/\s+/g, ''), 'base64');
      expect(pdfText(pdf)).toContain('Kære Familien Ørsted (fiktiv)');
      await expectNoAxeViolations(page, 'Husstand med tilbud');
      const answer = main().getByRole('form', { name: 'Svar på tilbud' });
      await answer.getByLabel('Svar').selectOption({ label: 'Ja tak' });
      await answer.getByRole('button', { name: 'Gem' }).click();
      const move = main().getByRole('form', { name: 'Registrér flytning' });
      await move.getByRole('button', { name: 'Gem' }).click();
      await main().getByRole('form', { name: 'Registrér tilbageflytning' }).waitFor();
      const history = await tableCells(page, 'Hændelser for husstanden (rettelser er nye hændelser)');
      expect(history.slice(1).map((r) => r[1])).toEqual([
        'Skrevet op',
        'Boligtilbud givet',
        'Tilbud accepteret',
        'Flyttet',
      ]);
      await signOut(page);
    });

    it('an offer past its deadline expires by itself; the worker is told and voids the expiry', async () => {
      await signIn(page, server.baseUrl, 'mette@genhusning.test', NEW_PASSWORD, NEW_PASSWORD);
      await openRehousing();
      await page
        .getByRole('navigation', { name: 'Genhusning – undermenu' })
        .getByRole('link', { name: 'Husstande' })
        .click();
      const form = main().getByRole('form', { name: 'Skriv husstand op' });
      await form.getByLabel('Etape').selectOption({ label: 'Etape 1 – Bøgeparken' });
      await form.getByLabel('Skrevet op den').fill(plusDays(-30));
      await form.getByLabel('Kontaktperson').fill('Familien Frist (fiktiv)');
      await form.getByLabel('Voksne').fill('1');
      await form.getByRole('button', { name: 'Skriv husstand op' }).click();
      await expectHeading(page, 'Familien Frist (fiktiv)');
      const offer = main().getByRole('form', { name: 'Giv boligtilbud' });
      await offer.getByLabel('Dato').fill(plusDays(-10));
      await offer.getByLabel('Boligorganisation').fill('FAB');
      await offer.getByLabel('Svarfrist').fill(plusDays(-3));
      await offer.getByRole('button', { name: 'Giv boligtilbud' }).click();
      // Within a second the job finds the offer past its deadline and tells the responsible worker.
      const notice = await smtp.waitFor(
        (m) => m.to.includes('mette@genhusning.test') && m.text.includes('Familien Frist (fiktiv)'),
      );
      expect(notice.subject).toContain('udløbet uden svar');
      await page.reload();
      await expectHeading(page, 'Familien Frist (fiktiv)');
      const expired = 'Tilbud udløbet (intet svar inden svarfristen)';
      const caption = 'Hændelser for husstanden (rettelser er nye hændelser)';
      expect((await tableCells(page, caption)).slice(1).map((r) => r[1])).toEqual([
        'Skrevet op',
        'Boligtilbud givet',
        expired,
      ]);
      expect(await main().getByRole('form', { name: 'Svar på tilbud' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'Husstand med udløbet tilbud');
      const correction = main().getByRole('form', { name: 'Ret en fejl (annullér en hændelse)' });
      const day = plusDays(-2).split('-').reverse().join('.');
      await correction.getByLabel('Hændelse der annulleres').selectOption({ label: `${expired} ${day}` });
      await correction.getByLabel('Begrundelse').fill('Familien ringede inden fristen');
      await correction.getByRole('button', { name: 'Ret en fejl (annullér en hændelse)' }).click();
      await main().getByRole('form', { name: 'Svar på tilbud' }).waitFor();
      await signOut(page);
    });

    it('the brobygger logs a follow-up; a worker outside the team cannot open the household', async () => {
      await as('brobygger@genhusning.test');
      await page.goto(householdUrl);
      await expectHeading(page, 'Familien Ørsted (fiktiv)');
      const followup = main().getByRole('form', { name: 'Registrér opfølgning' });
      await followup.getByLabel('Type').selectOption({ label: 'Tilknytning til lokalt tilbud' });
      await followup.getByLabel('Lokalt tilbud').selectOption({ label: 'Forening' });
      await followup.getByLabel('Note').fill('Med til første træning i fodboldklubben');
      await followup.getByRole('button', { name: 'Registrér opfølgning' }).click();
      await page.getByTestId('followups').getByText('Med til første træning i fodboldklubben').waitFor();
      const referral = main().getByRole('form', { name: 'Henvis til en af planens aktiviteter' });
      await referral.getByLabel('Begrundelse').fill('Ønsker hjælp til job i det nye kvarter');
      await referral.getByRole('button', { name: 'Henvis til en af planens aktiviteter' }).click();
      await referral.getByText('Henvisningen er oprettet i registreringen.').waitFor();
      await referral.getByRole('link', { name: 'Åbn deltageren' }).waitFor();
      await expectNoAxeViolations(page, 'Husstand med opfølgning');
      await signOut(page);
      await as('udenfor@genhusning.test');
      await page.goto(householdUrl);
      await main().getByText('Siden eller ressourcen findes ikke.').waitFor();
      const id = householdUrl.split('/').pop() as string;
      for (const path of [
        `/api/v1/rehousing/households/${id}`,
        `/api/v1/rehousing/households/${id}/export`,
      ]) {
        expect((await api(page, 'GET', path)).status).toBe(404);
      }
      const list = await api(page, 'GET', '/api/v1/rehousing/households');
      expect((list.body as { households: unknown[] }).households).toEqual([]);
      expect(problems).toEqual([]);
    });
  },
);
