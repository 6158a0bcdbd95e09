import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ackPathOf, type SmtpCapture } from '../../../server/test/smtp-capture.ts';

/** A page that records script errors, 404s and console errors into `problems`. */
export async function newWatchedPage(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (r) => {
    if (r.status() === 404) problems.push(`404: ${r.url()}`);
  });
  page.on('console', (m) => {
    // Refused connections are expected while the test restarts the app; the live page reconnects.
    if (m.type() === 'error' && !/status of (401|409|410|400|403|404)|ERR_CONNECTION_REFUSED/.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  return page;
}

export function sub(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Beredskab, undermenu' }).getByRole('link', { name });
}

/** Opens the acknowledge link of the newest matching mail and expects the Danish receipt page. */
export async function clickAckLink(
  page: Page,
  smtp: SmtpCapture,
  baseUrl: string,
  to: string,
  subject: RegExp,
) {
  const mail = await smtp.waitFor((m) => m.to.includes(to) && subject.test(m.subject));
  await page.goto(`${baseUrl}${ackPathOf(mail)}`);
  await expectH1(page, 'Kvittering for varsel');
  expect(await page.getByRole('main').textContent()).toContain('Din kvittering er registreret');
}

export async function expectH1(page: Page, text: string | RegExp): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.filter({ hasText: text }).waitFor({ timeout: 30_000 });
  expect(await heading.count()).toBe(1);
}

/** Signs in; chooses `newPassword` when the account must change its password first. */
export async function signInAs(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
  newPassword: string,
) {
  await page.goto(`${baseUrl}/log-ind`);
  await expectH1(page, 'Log ind');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await heading.filter({ hasText: /Vælg ny adgangskode|Plan/ }).waitFor({ timeout: 30_000 });
  if ((await heading.textContent())?.includes('Vælg ny adgangskode')) {
    await page.getByLabel('Nuværende adgangskode').fill(password);
    await page.getByLabel('Ny adgangskode (mindst 12 tegn)').fill(newPassword);
    await page.getByLabel('Gentag ny adgangskode').fill(newPassword);
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await heading.filter({ hasText: 'Plan' }).first().waitFor({ timeout: 30_000 });
  }
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
