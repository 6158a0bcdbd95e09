import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../server/test/pdf-text.ts';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { type AppServer, startAppServer } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, danishPage, expectHeading, launchChromium, signIn } from './support/browser.ts';
import { tableCells } from './support/plan-helpers.ts';

// Program Vollsmose's acceptance, tried as a new user would on a fresh install, on the embedded
// database and on a PostgreSQL 15 server. Build the web app first (npm run build:web).
const GOALS = [
  'Vollsmose skal gå fra at være et boligområde til at være en bydel i Odense',
  'Styrket civilsamfund',
  'Højere uddannelsesniveau',
  'Flere i arbejde',
  'Højere indtægtsniveau',
  'Mindre kriminalitet',
  'Større tryghed',
  'Mere blandet beboersammensætning',
];

describe.each(['embedded', 'postgres'] as const)(
  'Program Vollsmose in Chromium on %s',
  { timeout: 180_000 },
  (kind) => {
    let server: AppServer;
    let database: TestDatabase | undefined;
    let page: Page;
    let close: () => Promise<void>;
    const problems: string[] = [];
    const main = () => page.getByRole('main');
    const programMenu = () => page.getByRole('navigation', { name: 'Programmets sider' });

    beforeAll(async () => {
      database = kind === 'postgres' ? await createTestDatabase('postgres', 'seeded') : undefined;
      server = await startAppServer(database ? { databaseUrl: database.url } : {});
      const browser = await launchChromium();
      page = await danishPage(browser, problems);
      close = async () => {
        await browser.close();
        await server.stop();
        await database?.drop();
      };
      await signIn(page, server.baseUrl, server.email, server.password, 'program-admin-ny-adgangskode-2026');
    }, 240_000);
    afterAll(() => close?.(), 60_000);

    it("lists the eight goals in the byråd's wording", async () => {
      await page
        .getByRole('navigation', { name: 'Hovedmenu' })
        .getByRole('link', { name: 'Program' })
        .click();
      await expectHeading(page, 'Program Vollsmose');
      // allTextContents does not wait: the list may be drawn after the heading.
      const goalLinks = main().locator('ol.program-goals > li > a');
      await goalLinks.nth(GOALS.length - 1).waitFor();
      const goals = await goalLinks.allTextContents();
      expect(goals).toEqual(GOALS);
      expect(await main().textContent()).toContain('Økonomiudvalget');
      await expectNoAxeViolations(page, 'Program');
    });

    it('"Flere i arbejde" shows 2012 and 2021 for Vollsmose with the break marked', async () => {
      await main().getByRole('link', { name: 'Flere i arbejde' }).click();
      await expectHeading(page, 'Mål 4: Flere i arbejde');
      const chart = page.getByTestId('program-chart');
      await chart.locator('.recharts-reference-line').first().waitFor({ state: 'attached' });
      expect(await chart.textContent()).toContain('Brud 2012|2021');
      if (process.env.HELHED_PROGRAM_SHOT)
        await page.screenshot({ path: process.env.HELHED_PROGRAM_SHOT, fullPage: true });
      const rows = await tableCells(page, /^Tal for Uden tilknytning/);
      expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
        ['2012', '53,7 %'],
        ['2021', '36,76 %'],
      ]);
      expect(await main().textContent()).toContain('Brud mellem 2012 og 2021');
      const vollsmose2021 = await tableCells(page, /^Tal for Offentligt forsørgede, 30-64 år/);
      expect(vollsmose2021[1]?.slice(0, 2)).toEqual(['2021', '58,99 %']);
      await expectNoAxeViolations(page, 'Mål 4');
    });

    it('shows five plans in the register with the 2016-2020 budget split', async () => {
      await programMenu().getByRole('link', { name: 'Planregister' }).click();
      await expectHeading(page, 'Planregister');
      const rows = await tableCells(page, 'Planer for Vollsmose');
      expect(rows.slice(1).map((r) => r[1])).toEqual([
        '2001–2007',
        '2008–2012',
        '2012–2016',
        '2016–2020',
        '2024–2028',
      ]);
      expect(rows[4]?.[3]).toBe(
        '46.000.000 kr. i alt, heraf 35.000.000 kr. fra Landsbyggefonden og mindst 11.000.000 kr. lokalt (mindst 25 % lokal andel)',
      );
      expect(await main().textContent()).toContain('Videreført som Fritidsjobrådgivning');
      await expectNoAxeViolations(page, 'Planregister');
    });

    it('finds "fritidsjob" in both plans as one line of work, with its method notes', async () => {
      await programMenu().getByRole('link', { name: 'Videnbase' }).click();
      await expectHeading(page, 'Videnbase');
      await page.getByLabel('Søg', { exact: true }).fill('fritidsjob');
      await page.getByRole('button', { name: 'Søg' }).click();
      await page.getByRole('status').filter({ hasText: 'resultater' }).waitFor();
      const text = (await main().textContent()) ?? '';
      expect(text).toContain('Fritids- og studiejobrådgivning');
      expect(text).toContain('Boligsocial helhedsplan i Vollsmose 2016-2020');
      expect(text).toContain(
        'Arbejdslinje: Fritids- og studiejobrådgivning (Boligsocial helhedsplan i Vollsmose 2016-2020) → Fritidsjobrådgivning',
      );
      await expectNoAxeViolations(page, 'Videnbase');
      await main().getByRole('link', { name: 'Fritidsjobrådgivning', exact: true }).first().click();
      await expectHeading(page, 'Viden: Fritidsjobrådgivning');
      await main().getByRole('heading', { level: 3 }).first().waitFor();
      expect(await main().getByRole('heading', { level: 3 }).allTextContents()).toEqual(
        expect.arrayContaining([
          'Metode: opsøgende fritidsjobrådgivning for 13-17-årige',
          'Metode: fritidsjob som indgang til arbejdsmarkedet',
        ]),
      );
      await expectNoAxeViolations(page, 'Viden om en aktivitet');
    });

    it('will not save a CPR number, warns about an e-mail and saves once confirmed', async () => {
      const save = page.getByRole('button', { name: 'Gem note' });
      await page.getByLabel('Titel').fill('Erfaringer 2025');
      await page.getByLabel('Tekst', { exact: true }).fill('Drøftet med 010203-1234 om fritidsjob.');
      await page.getByText('ligner et CPR-nummer').first().waitFor();
      expect(await save.isDisabled()).toBe(true);
      const activityId = page.url().split('/').at(-1);
      const refused = await api(page, 'POST', '/api/v1/knowledge/entries', {
        clientKey: crypto.randomUUID(),
        activityId,
        kind: 'method_note',
        year: 2025,
        title: 'x',
        body: 'CPR 010203-1234',
        confirmPersonalData: true,
      });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('CPR-nummer');
      await page.getByLabel('Tekst', { exact: true }).fill('Virksomhedsbesøg virker. Kontakt job@example.dk');
      await page.getByText('ser ud til at indeholde en e-mailadresse').waitFor();
      expect(await save.isDisabled()).toBe(true);
      await expectNoAxeViolations(page, 'Editor med advarsel');
      await page.getByLabel('Jeg bekræfter, at det ikke er personoplysninger om borgere').check();
      await save.click();
      await page.getByText('Noten er gemt.').waitFor();
      await main().getByRole('heading', { name: 'Erfaringer 2025' }).waitFor();
    });

    it('edits the note with a reason and a history, then withdraws it', async () => {
      await main()
        .locator(`summary[aria-label='Ret eller træk indlægget "Erfaringer 2025" tilbage']`)
        .click();
      const edit = main().getByRole('form', { name: 'Ret indlægget "Erfaringer 2025"' });
      await edit.getByLabel('Titel').fill('Erfaringer 2025 fra virksomhedsbesøg');
      await edit.getByLabel('Begrundelse').fill('Mere præcis titel');
      await edit.getByLabel('Jeg bekræfter, at det ikke er personoplysninger om borgere').check();
      await edit.getByRole('button', { name: 'Gem rettelsen' }).click();
      const title = 'Erfaringer 2025 fra virksomhedsbesøg';
      await main().getByRole('heading', { name: title }).waitFor();
      const entry = main().getByRole('article', { name: title });
      await entry.getByText('Historik (1)').click();
      await entry
        .getByText(/rettet af .*Begrundelse: Mere præcis titel\. Titel før: "Erfaringer 2025"/)
        .waitFor();
      await expectNoAxeViolations(page, 'Videnbase med en rettet note');
      await entry.locator(`summary[aria-label='Ret eller træk indlægget "${title}" tilbage']`).click();
      const withdraw = entry.getByRole('form', { name: `Træk indlægget "${title}" tilbage` });
      await withdraw.getByLabel('Begrundelse').fill('Erstattet af årets vurdering');
      await withdraw.getByRole('button', { name: 'Træk tilbage' }).click();
      await entry.getByText(/^Trukket tilbage .*: Erstattet af årets vurdering\./).waitFor();
      expect(await entry.locator('summary', { hasText: 'Ret eller træk tilbage' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'Videnbase med en tilbagetrukket note');
    });

    it('shows the program report on screen and a PDF with the same figures', async () => {
      await programMenu().getByRole('link', { name: 'Programrapport' }).click();
      await expectHeading(page, 'Programrapport');
      await main().getByRole('heading', { name: 'Mål 8: Mere blandet beboersammensætning' }).waitFor();
      const screen = (await main().textContent()) ?? '';
      const href = await main().getByRole('link', { name: 'Hent rapporten som PDF' }).getAttribute('href');
      const pdf = await page.request.get(`${server.baseUrl}${href}`);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      const text = pdfText(Buffer.from(await pdf.body())).replace(/\s+/g, ' ');
      for (const figure of ['53,7 %', '36,76 %', '67,5 %', '77,4 %', '375 pr. 10.000', '1,95 %']) {
        expect(screen).toContain(figure);
        expect(text).toContain(figure);
      }
      await expectNoAxeViolations(page, 'Programrapport');
      expect(problems).toEqual([]);
    });
  },
);
