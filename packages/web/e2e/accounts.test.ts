import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServerOnCopy } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, signIn } from './support/browser.ts';

// An account's life in Chromium, as the administrator and the worker would live it: a password
// reset hands out a one-time password that logs the worker out and must be changed at once; the
// worker sees their sessions under "Mine sessioner"; deactivation throws the worker out at once.
const PASSWORD = 'mettes-foerste-adgangskode';
let server: AppServer;
let browser: Browser;
let admin: Page;
let worker: Page;

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  return context.newPage();
}

async function manage(userLabel: RegExp, button: string) {
  const form = admin.getByRole('form', { name: 'Administrér en bruger' });
  await form
    .getByLabel('Bruger', { exact: true })
    .selectOption({ label: (await optionLabel(userLabel)) ?? '' });
  await form.getByRole('button', { name: button }).click();
  return form;
}

async function optionLabel(pattern: RegExp) {
  const options = admin
    .getByRole('form', { name: 'Administrér en bruger' })
    .getByLabel('Bruger', { exact: true })
    .locator('option');
  // The list of users arrives after the heading; on a busy machine (load 15) noticeably later.
  await options.filter({ hasText: pattern }).first().waitFor({ state: 'attached' });
  const labels = await options.allTextContents();
  return labels.find((label) => pattern.test(label));
}

describe('account lifecycle in Chromium', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    server = await startAppServerOnCopy();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    admin = await newPage();
    worker = await newPage();
    await signIn(admin, server.baseUrl, server.email, server.password, 'konto-admin-ny-adgangskode');
    const created = await api(admin, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email: 'mette@konto.test',
      displayName: 'Mette Mentor',
      role: 'worker',
      password: PASSWORD,
    });
    expect(created.status).toBe(201);
    await signIn(worker, server.baseUrl, 'mette@konto.test', PASSWORD, 'mettes-anden-adgangskode');
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('a reset logs the worker out and gives a one-time password that must be changed at once', async () => {
    await admin.goto(`${server.baseUrl}/administration/brugere`);
    await expectHeading(admin, 'Brugere');
    const form = await manage(/Mette Mentor/, 'Nulstil adgangskode');
    const alert = form.getByText(/Ny engangsadgangskode til Mette Mentor: /);
    await alert.waitFor();
    const oneTime = /: ([a-z2-9]{4}(?:-[a-z2-9]{4}){3}) —/.exec((await alert.textContent()) ?? '')?.[1];
    expect(oneTime).toBeTruthy();
    await expectNoAxeViolations(admin, 'Brugere med engangsadgangskode');

    await worker.reload();
    await expectHeading(worker, 'Log ind');
    await signIn(worker, server.baseUrl, 'mette@konto.test', oneTime as string, 'mettes-tredje-adgangskode');
  });

  it('the worker sees and ends their own sessions under Mine sessioner', async () => {
    const second = await newPage();
    await signIn(
      second,
      server.baseUrl,
      'mette@konto.test',
      'mettes-tredje-adgangskode',
      'ubrugt-adgangskode-x',
    );
    await worker.getByRole('link', { name: 'Mine sessioner' }).click();
    await expectHeading(worker, 'Mine sessioner');
    const table = worker.getByRole('table', { name: 'Mine aktive sessioner' });
    await table.getByText('Denne session').waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await expectNoAxeViolations(worker, 'Mine sessioner');
    await worker.getByRole('button', { name: 'Log ud alle andre steder' }).click();
    await worker.getByText('Alle andre sessioner er logget ud.').waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await second.reload();
    await expectHeading(second, 'Log ind');
  });

  it('deactivation throws the worker out at once, and sign-in then fails like a wrong password', async () => {
    admin.once('dialog', (dialog) => void dialog.accept());
    const form = await manage(/Mette Mentor/, 'Deaktivér bruger');
    await form.getByText(/Mette Mentor er deaktiveret og logget ud alle steder/).waitFor();
    await worker.reload();
    await expectHeading(worker, 'Log ind');
    await worker.getByLabel('E-mail').fill('mette@konto.test');
    await worker.getByLabel('Adgangskode').fill('mettes-tredje-adgangskode');
    await worker.getByRole('button', { name: 'Log ind' }).click();
    await worker.getByText('Forkert e-mail eller adgangskode').waitFor();
    await expectNoAxeViolations(admin, 'Brugere efter deaktivering');
  });

  it('the administrator reads the record of processing and downloads it as PDF', async () => {
    await admin.getByRole('link', { name: 'Fortegnelse (art. 30)' }).click();
    await expectHeading(admin, 'Fortegnelse over behandlingsaktiviteter');
    await admin.getByRole('heading', { name: 'Genhusning', level: 2 }).waitFor();
    await admin.getByRole('row', { name: /rehousing_household/ }).waitFor();
    await admin
      .getByText(/Slettes 24 måneder efter sidste forløb/)
      .first()
      .waitFor();
    await expectNoAxeViolations(admin, 'Fortegnelse');
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'Hent som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fortegnelse-.*\.pdf$/);
  });
});
