import { Secret, TOTP } from 'otpauth';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

// Page helpers shared by every browser test: the single h1, signing in and out, and API calls made
// from inside the signed-in page.

/** Debian's Chromium, headless, as every browser test starts it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}

/** A desktop-sized Danish page; uncaught page errors go into `problems` when given. */
export async function danishPage(browser: Browser, problems?: string[]): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' })
  ).newPage();
  if (problems) page.on('pageerror', (error) => problems.push(error.message));
  return page;
}

/** Waits for the page's single h1 to read `text`. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  try {
    await heading.filter({ hasText: text }).waitFor({ timeout: 30_000 });
  } catch (error) {
    throw new Error(`expected the heading "${text}"; ${await whatThePageShows(page)}`, { cause: error });
  }
  expect(await heading.count()).toBe(1);
  expect((await heading.textContent())?.trim()).toBe(text);
}

/** Where the page is and what its headings and alerts say, for a failed wait's message. */
async function whatThePageShows(page: Page): Promise<string> {
  const headings = await page.getByRole('heading', { level: 1 }).allTextContents();
  const alerts = await page.getByRole('alert').allTextContents();
  return `the page at ${page.url()} shows h1 ${JSON.stringify(headings)} and alerts ${JSON.stringify(alerts)}`;
}

/** Signs in; if the account must choose a new password first, chooses `newPassword`. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
  newPassword: string,
) {
  await page.goto(`${baseUrl}/log-ind`);
  await expectHeading(page, 'Log ind');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await heading.filter({ hasNotText: 'Log ind' }).waitFor({ timeout: 30_000 });
  if ((await heading.textContent())?.includes('Vælg ny adgangskode')) {
    await page.getByLabel('Nuværende adgangskode').fill(password);
    await page.getByLabel('Ny adgangskode (mindst 12 tegn)').fill(newPassword);
    await page.getByLabel('Gentag ny adgangskode').fill(newPassword);
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
  }
  await giveSecondFactor(page, email);
  // The app returns to the page the user was on before; start every check from the plan overview.
  await page.getByRole('button', { name: 'Log ud' }).waitFor({ timeout: 30_000 });
  await heading.filter({ hasNotText: 'Vælg ny adgangskode' }).waitFor({ timeout: 30_000 });
  await page.goto(`${baseUrl}/plan`);
  await expectHeading(page, 'Plan');
}

/** The TOTP secret of each account a browser test set up (decision 0027), by e-mail. */
const totpSecrets = new Map<string, string>();
const lastSteps = new Map<string, number>();

/**
 * The current code of an account's app, as a phone would show it. A code is good once: when this
 * account already spent the current 30-second step, it waits for the next one.
 */
export async function nextTotpCode(email: string, secret = totpSecrets.get(email)): Promise<string> {
  if (!secret) throw new Error(`no second factor set up for ${email} in this test`);
  let step = Math.floor(Date.now() / 30_000);
  if ((lastSteps.get(secret) ?? -1) >= step) {
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - Date.now() + 100));
    step += 1;
  }
  lastSteps.set(secret, step);
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: step * 30_000 });
}

/** Reads the secret shown during set-up and confirms it, as someone typing it into an app would. */
export async function setUpSecondFactor(page: Page, email: string): Promise<string[]> {
  await page.getByRole('button', { name: 'Opsæt totrinsbekræftelse' }).click();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
  totpSecrets.set(email, secret);
  await page.getByLabel('Kode fra appen (6 cifre)').fill(await nextTotpCode(email));
  await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
  const list = page.getByRole('list', { name: 'Dine gendannelseskoder' });
  await list.waitFor();
  return (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
}

/** After the password: gives the code, or sets the factor up where an administrator must have one. */
async function giveSecondFactor(page: Page, email: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.filter({ hasNotText: /^(Log ind|Vælg ny adgangskode)$/ }).waitFor({ timeout: 30_000 });
  const text = (await heading.textContent())?.trim();
  if (text === 'Totrinsbekræftelse') {
    await page.getByLabel('Kode fra app eller gendannelseskode').fill(await nextTotpCode(email));
    await page.getByRole('button', { name: 'Bekræft' }).click();
    // The header's "Log ud" shows while the second step is pending: wait for the step to be done.
    try {
      await heading.filter({ hasNotText: 'Totrinsbekræftelse' }).waitFor({ timeout: 30_000 });
    } catch (error) {
      throw new Error(`the second step did not finish; ${await whatThePageShows(page)}`, { cause: error });
    }
  } else if (text === 'Opsæt totrinsbekræftelse') {
    await setUpSecondFactor(page, email);
    await page.getByRole('button', { name: 'Jeg har gemt koderne – fortsæt' }).click();
  }
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.waitForURL('**/log-ind');
}

/** Calls the API from inside the signed-in page (its cookies and the session's CSRF token). */
export async function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown; text: string }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      return { status: response.status, body: parsed, text };
    },
    { method, path, body },
  );
}

/** Chooses a participant in a ParticipantPicker: types the name, then picks the first match. */
export async function pickParticipant(scope: Page | Locator, name: string): Promise<void> {
  await scope.getByLabel('Søg deltager').fill(name);
  const option = scope.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first();
  await option.waitFor({ state: 'attached' });
  const value = await option.getAttribute('value');
  await scope.getByLabel('Vælg deltager').selectOption(value ?? '');
}
