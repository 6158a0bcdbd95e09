import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServerOnCopy } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import {
  danishPage,
  expectHeading,
  launchChromium,
  nextTotpCode,
  setUpSecondFactor,
  signOut,
} from './support/browser.ts';

// The second factor in Chromium (decision 0027), as the first administrator lives it: after the
// one-time password comes the set-up with a QR code and the key as text (the test types the key
// into its own "app", otpauth), ten recovery codes, then signing in with password and code, and
// once with a recovery code, which is refused the second time. Every new page and state passes axe.
const NEW_PASSWORD = 'tofaktor-admin-adgangskode';
let server: AppServer;
let browser: Browser;
let page: Page;
let recoveryCodes: string[] = [];

async function password(pw = NEW_PASSWORD) {
  await page.goto(`${server.baseUrl}/log-ind`);
  await expectHeading(page, 'Log ind');
  await page.getByLabel('E-mail').fill(server.email);
  await page.getByLabel('Adgangskode').fill(pw);
  await page.getByRole('button', { name: 'Log ind' }).click();
}
const codeField = () => page.getByLabel('Kode fra app eller gendannelseskode');

describe('second factor in Chromium', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    server = await startAppServerOnCopy();
    browser = await launchChromium();
    page = await danishPage(browser);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the first administrator sets the factor up before anything else, from a QR code or the key', async () => {
    await password(server.password);
    await expectHeading(page, 'Vælg ny adgangskode');
    await page.getByLabel('Nuværende adgangskode').fill(server.password);
    await page.getByLabel('Ny adgangskode (mindst 12 tegn)').fill(NEW_PASSWORD);
    await page.getByLabel('Gentag ny adgangskode').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await expectHeading(page, 'Opsæt totrinsbekræftelse');
    await expectNoAxeViolations(page, 'Opsæt totrinsbekræftelse');
    // Administration is closed until then, also by its address.
    await page.goto(`${server.baseUrl}/administration/brugere`);
    await expectHeading(page, 'Opsæt totrinsbekræftelse');

    await page.getByRole('button', { name: 'Opsæt totrinsbekræftelse' }).click();
    const qr = page.getByRole('img', { name: /QR-kode til godkendelses-appen/ });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await page.getByTestId('totp-secret').textContent())?.trim()).toMatch(/^[A-Z2-7]{32}$/);
    await expectNoAxeViolations(page, 'QR-kode og nøgle');
    await page.getByLabel('Kode fra appen (6 cifre)').fill('000000');
    await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
    await expect
      .poll(() => page.getByText('Koden er forkert eller allerede brugt.').count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'Opsætning med forkert kode');
    // The same steps as the shared helper: reads the key from the page and types a code from it.
    await page.goto(`${server.baseUrl}/plan`);
    await expectHeading(page, 'Opsæt totrinsbekræftelse');
    recoveryCodes = await setUpSecondFactor(page, server.email);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    await expectNoAxeViolations(page, 'Gendannelseskoder');
    await page.getByRole('button', { name: 'Jeg har gemt koderne – fortsæt' }).click();
    await expectHeading(page, 'Plan');
    await page.goto(`${server.baseUrl}/mine-sessioner`);
    await expectHeading(page, 'Mine sessioner');
    await expect
      .poll(() => page.getByText(/Totrinsbekræftelse er slået til\. Du har 10 ubrugte/).count())
      .toBe(1);
    await expectNoAxeViolations(page, 'Mine sessioner med totrinsbekræftelse');
    await page.goto(`${server.baseUrl}/plan`);
    await expectHeading(page, 'Plan');
  });

  it('signs in with password and a code from the app; a wrong code gets a Danish error', async () => {
    await signOut(page);
    await password();
    await expectHeading(page, 'Totrinsbekræftelse');
    await expectNoAxeViolations(page, 'Totrinsbekræftelse');
    await codeField().fill('123456');
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expect
      .poll(() => page.getByText('Koden er forkert eller allerede brugt.').count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'Totrinsbekræftelse med fejl');
    await codeField().fill(await nextTotpCode(server.email));
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expectHeading(page, 'Plan');
    await page.goto(`${server.baseUrl}/administration/brugere`);
    await expectHeading(page, 'Brugere');
    expect(await page.getByRole('button', { name: 'Nulstil totrinsbekræftelse' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'Brugere med nulstilling af totrinsbekræftelse');
    await page.goto(`${server.baseUrl}/plan`);
    await expectHeading(page, 'Plan');
  });

  it('signs in once with a recovery code, and never again with the same one', async () => {
    const code = recoveryCodes[0] as string;
    await signOut(page);
    await password();
    await expectHeading(page, 'Totrinsbekræftelse');
    await codeField().fill(code);
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expectHeading(page, 'Plan');
    await signOut(page);
    await password();
    await expectHeading(page, 'Totrinsbekræftelse');
    await codeField().fill(code);
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expect
      .poll(() => page.getByText('Koden er forkert eller allerede brugt.').count())
      .toBeGreaterThan(0);
    await expectHeading(page, 'Totrinsbekræftelse');
  });

  it('the fifth wrong code ends the session and the sign-in form says why', async () => {
    // The session of the last test has one wrong code; four more end it.
    for (let attempt = 2; attempt <= 5; attempt++) {
      await codeField().fill(`00000${attempt}`);
      await page.getByRole('button', { name: 'Bekræft' }).click();
      // The answer clears the field; only then is the next code typed.
      if (attempt < 5) await expect.poll(() => codeField().inputValue()).toBe('');
    }
    await expectHeading(page, 'Log ind');
    await expect
      .poll(() =>
        page.getByRole('alert').filter({ hasText: 'For mange forkerte koder. Log ind igen.' }).count(),
      )
      .toBe(1);
    await expectNoAxeViolations(page, 'Log ind efter for mange forkerte koder');
  });
});
