import { readFile } from 'node:fs/promises';
import { todayInDenmark } from '@helhed/core';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfReport } from '../../server/src/platform/export/index.ts';
import { expectAccessiblePdf } from '../../server/test/pdf-check.ts';
import { readZip } from '../../server/test/zip-reader.ts';
import { type AppServer, startAppServerOnCopy } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, launchChromium, signIn, signOut } from './support/browser.ts';

// Issue 23's acceptance in Chromium, as a leader would do it on a fresh install: add a milestone, mark
// it late and see it on the plan's overview; upload the board's kommissorium (a renamed non-PDF is
// refused); download the whole LBF set as one ZIP whose files open in a spreadsheet program and a PDF
// reader. The board (læser) then sees the documents but no upload. Axe at 0 on every page visited.
const PASSWORD = 'milepael-start-adgangskode-2026';
const MILESTONE = 'Frivilligstrategi vedtaget i bestyrelsen';
let server: AppServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const main = () => page.getByRole('main');
const subNav = () => page.getByRole('navigation', { name: 'Planens sider' });

function inDays(days: number): string {
  const date = new Date(`${todayInDenmark()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function kommissoriumPdf(): Promise<Buffer> {
  const pdf = await createPdfReport({ title: 'Kommissorium for bestyrelsen' }, 'Kommissorium');
  return pdf.heading('Formål').paragraph('Bestyrelsen følger helhedsplanen og godkender budgettet.').finish();
}

describe('milepæle, plandokumenter and LBF-dokumenter in Chromium', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    server = await startAppServerOnCopy();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    await signIn(page, server.baseUrl, server.email, server.password, 'milepael-admin-ny-adgangskode');
    for (const [email, role, displayName] of [
      ['leder@milepael.test', 'leader', 'Lene Leder'],
      ['mentor@milepael.test', 'worker', 'Mette Mentor'],
      ['bestyrelse@milepael.test', 'reader', 'Bo Bestyrelse'],
    ]) {
      const created = await api(page, 'POST', '/api/v1/users', {
        clientKey: crypto.randomUUID(),
        email,
        displayName,
        role,
        password: PASSWORD,
      });
      expect(created.status, created.text).toBe(201);
    }
    await signOut(page);
    await signIn(page, server.baseUrl, 'leder@milepael.test', PASSWORD, 'milepael-leder-ny-adgangskode');
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('adds a milestone, marks it late and sees it late on the plan overview', async () => {
    await subNav().getByRole('link', { name: 'Milepæle' }).click();
    await expectHeading(page, 'Milepæle');
    const form = main().getByRole('form', { name: 'Tilføj milepæl' });
    const delaftale = form.getByLabel('Delaftale');
    const firstSubAgreement = await delaftale.locator('option').nth(1).textContent();
    await delaftale.selectOption({ index: 1 });
    await form.getByLabel('Dato').fill(inDays(14));
    await form.getByLabel('Milepæl').fill(MILESTONE);
    await form.getByLabel('Ansvarlig').selectOption({ label: 'Mette Mentor' });
    await form.getByRole('button', { name: 'Tilføj milepæl' }).click();
    await form.getByText('Milepælen er tilføjet.').waitFor();
    const row = main().getByRole('row', { name: new RegExp(MILESTONE) });
    await row.getByText('Ikke startet').waitFor();
    expect(
      await main()
        .getByRole('table', { name: `Milepæle i delaftalen ${firstSubAgreement}` })
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'Milepæle');

    await row.getByRole('button', { name: 'Ret' }).click();
    const edit = main().getByRole('form', { name: `Ret milepælen »${MILESTONE}«` });
    await edit.getByLabel('Dato').fill(inDays(21));
    await expectNoAxeViolations(page, 'Milepæle med en milepæl under rettelse');
    await edit.getByRole('button', { name: 'Gem milepæl' }).click();
    await edit.waitFor({ state: 'detached' });
    const shown = inDays(21).split('-').reverse().join('.');
    await row.getByRole('cell', { name: shown }).waitFor();

    await row.getByRole('button', { name: 'Marker forsinket' }).click();
    await row.getByText('Forsinket (markeret forsinket)').waitFor();
    await expectNoAxeViolations(page, 'Milepæle med en forsinket milepæl');

    await subNav().getByRole('link', { name: 'Overblik' }).click();
    await expectHeading(page, 'Plan');
    const panel = main().getByRole('region', { name: 'Milepæle' });
    const counts = panel.getByRole('definition');
    await panel.getByText(MILESTONE).waitFor();
    expect(await counts.allTextContents()).toEqual(['0', '1', '0']);
    expect(await panel.getByRole('listitem').filter({ hasText: MILESTONE }).textContent()).toContain(
      'Forsinket (markeret forsinket)',
    );
    await expectNoAxeViolations(page, 'Planens overblik med milepæle');
  });

  it('refuses a renamed non-PDF and uploads the kommissorium on the plan page', async () => {
    const panel = main().getByRole('region', { name: 'Plandokumenter' });
    const form = panel.getByRole('form', { name: 'Upload et dokument' });
    await form.getByLabel('Dokumenttype').selectOption({ label: 'Kommissorium for bestyrelsen' });
    await form.getByLabel('PDF-fil (højst 10 MB)').setInputFiles({
      name: 'kommissorium.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('PK\u0003\u0004 et Word-dokument med et andet navn'),
    });
    await form.getByRole('button', { name: 'Upload PDF' }).click();
    await form.getByRole('alert').filter({ hasText: 'Filen er ikke en PDF' }).first().waitFor();
    await expectNoAxeViolations(page, 'Plandokumenter med en afvist fil');

    await form.getByLabel('PDF-fil (højst 10 MB)').setInputFiles({
      name: 'kommissorium.pdf',
      mimeType: 'application/pdf',
      buffer: await kommissoriumPdf(),
    });
    await form.getByRole('button', { name: 'Upload PDF' }).click();
    await form.getByText('Version 1 af »Kommissorium for bestyrelsen« er gemt.').waitFor();
    await panel.getByRole('heading', { name: 'Kommissorium for bestyrelsen', level: 3 }).waitFor();
    await panel.getByText('Versioner (1)').click();
    await panel.getByRole('table', { name: 'Versioner af Kommissorium for bestyrelsen' }).waitFor();
    await expectNoAxeViolations(page, 'Plandokumenter med kommissoriet');
  });

  it('lists the LBF set and downloads it as one ZIP that opens', async () => {
    await subNav().getByRole('link', { name: 'LBF-dokumenter' }).click();
    await expectHeading(page, 'LBF-dokumenter');
    const table = main().getByRole('table', { name: /^LBF-dokumenter for / });
    const state = (item: string) => table.getByRole('row', { name: new RegExp(`^${item}`) });
    await state('Kommissorium for bestyrelsen').getByText('Version 1').waitFor();
    expect(await state('Milepælsplan').textContent()).toContain('Klar');
    expect(await state('Budget').textContent()).toContain('Mangler');
    expect(await state('Indberetningsskema').textContent()).toContain('Mangler');
    await expectNoAxeViolations(page, 'LBF-dokumenter');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('link', { name: 'Hent det hele (ZIP)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`lbf-dokumenter-odense-2024-2028-${todayInDenmark()}.zip`);
    const files = readZip(await readFile((await download.path()) as string));
    const names = files.map((f) => f.name);
    expect(names).toEqual([
      '00-indhold.txt',
      '01-delaftaler.pdf',
      '02-budget-MANGLER.txt',
      '03-beredskabsplan.pdf',
      '04-milepaelsplan.pdf',
      '04-milepaelsplan.xlsx',
      '05-kommissorium-bestyrelsen.pdf',
      '06-indberetningsskema-MANGLER.txt',
    ]);
    const titles: Record<string, string> = {
      '01-delaftaler.pdf': 'Delaftaler',
      '03-beredskabsplan.pdf': 'Boligsocial beredskabsplan',
      '04-milepaelsplan.pdf': 'Milepælsplan',
      '05-kommissorium-bestyrelsen.pdf': 'Kommissorium for bestyrelsen',
    };
    for (const [name, title] of Object.entries(titles)) {
      const file = files.find((f) => f.name === name)?.content as Buffer;
      expectAccessiblePdf(file, title, [`H1 ${title}`]);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.find((f) => f.name.endsWith('.xlsx'))?.content as unknown as ArrayBuffer);
    const values = workbook.getWorksheet('Milepælsplan')?.getColumn(5).values ?? [];
    expect(values).toContain(MILESTONE);
  });

  it('shows the board the documents and the set, but no upload', async () => {
    await signOut(page);
    await signIn(
      page,
      server.baseUrl,
      'bestyrelse@milepael.test',
      PASSWORD,
      'milepael-laeser-ny-adgangskode',
    );
    const panel = main().getByRole('region', { name: 'Plandokumenter' });
    await panel.getByRole('heading', { name: 'Kommissorium for bestyrelsen', level: 3 }).waitFor();
    expect(await panel.getByRole('form').count()).toBe(0);
    await main().getByRole('region', { name: 'Milepæle' }).getByText(MILESTONE).waitFor();
    await expectNoAxeViolations(page, 'Planens overblik for bestyrelsen');
    await subNav().getByRole('link', { name: 'Milepæle' }).click();
    await expectHeading(page, 'Milepæle');
    await main()
      .getByRole('row', { name: new RegExp(MILESTONE) })
      .waitFor();
    expect(await main().getByRole('button', { name: 'Marker som nået' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Milepæle for bestyrelsen');
    expect(problems).toEqual([]);
  });
});
