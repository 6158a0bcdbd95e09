import path from 'node:path';
import { da } from '@helhed/core';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ackPathOf, type SmtpCapture } from '../../../server/test/smtp-capture.ts';
import { expectNoAxeViolations } from './axe.ts';
import { api, expectHeading } from './browser.ts';

/** A page that records script errors, 404s and console errors into `problems`. */
export async function newWatchedPage(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (r) => {
    if (r.status() === 404) problems.push(`404: ${r.url()}`);
  });
  page.on('console', (m) => {
    // Refused, reset and cut connections are expected while the test restarts the app (a request or
    // the live stream may be in flight when it stops); the live page reconnects.
    const restart =
      /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|ERR_INCOMPLETE_CHUNKED_ENCODING/;
    // A stream that asks again while the app is closing gets Fastify's 503 (seen once at load 15).
    const streamWhileClosing = /status of 503/.test(m.text()) && /\/events$/.test(m.location().url);
    if (
      m.type() === 'error' &&
      !/status of (401|409|410|400|403|404)/.test(m.text()) &&
      !restart.test(m.text()) &&
      !streamWhileClosing
    )
      problems.push(`console: ${m.text()} (${m.location().url})`);
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
  await expectHeading(page, 'Kvittering for varsel');
  // Opening the link changes nothing: only the button acknowledges.
  await page.getByRole('button', { name: 'Kvittér' }).click();
  await expectHeading(page, 'Kvittering for varsel');
  expect(await page.getByRole('main').textContent()).toContain('Din kvittering er registreret');
}

/** The alert list the SSP leader types in: name, title, organisation, group, e-mail. */
export const ALERT_PEOPLE = [
  ['Test Chefvagt', 'SSP-chefvagt', 'SSP Odense', 'ssp_chief', 'chefvagt@ssp.test'],
  ['Test Stedfortræder', 'Vicepolitiinspektør', 'Fyns Politi', 'ssp_fu', 'stedfortraeder@politi.test'],
  ['Test Politiinspektør', 'Politiinspektør', 'Fyns Politi', 'ssp_fu', 'fu-politi@politi.test'],
  ['Test Tryghedsrådgiver', 'Tryghedsrådgiver', 'BoligSocialt Hus', 'ssp_fu', 'tryghed@bsh.test'],
  ['Test Direktør', 'Politidirektør', 'Fyns Politi', 'ssp_board', 'direktoer@politi.test'],
  ['Test CKS', 'Afdelingsformand', 'CKS-netværkene', 'cks', 'cks@afdeling.test'],
] as const;

/** A partner with the reader role. */
export const READER = {
  email: 'partner@politi.test',
  password: 'partner-midlertidig-2026',
  newPassword: 'partner-egen-kode-2026',
  user: {
    email: 'partner@politi.test',
    displayName: 'Test Partner',
    role: 'reader',
    password: 'partner-midlertidig-2026',
  },
};

/** The Udbakke with the message, paged, axe at 0; then filtered to "Sendt" on the server, kept in the address. */
export async function expectOutbox(page: Page, baseUrl: string, subject: string): Promise<void> {
  await page.goto(`${baseUrl}/beredskab/udbakke`);
  await expectHeading(page, 'Udbakke');
  const table = page.getByRole('table', { name: 'Udbakke' });
  await table.getByText(subject).waitFor();
  await page.getByText(/^Viser 1–\d+ af \d+\.$/).waitFor();
  await expectNoAxeViolations(page, 'Udbakke');
  await page.getByLabel('Status').selectOption({ label: 'Sendt' });
  await page.waitForURL(/\/beredskab\/udbakke\?status=sent$/);
  await table.getByText(subject).waitFor();
  const statuses = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(statuses.every((status) => status.startsWith('Sendt'))).toBe(true);
}

/** A full-page screenshot into HELHED_ALERTING_SCREENSHOTS, when that folder is given. */
export async function screenshotIfAsked(page: Page, name: string): Promise<void> {
  const folder = process.env.HELHED_ALERTING_SCREENSHOTS;
  if (folder) await page.screenshot({ path: path.join(folder, name), fullPage: true });
}

/**
 * A live incident page whose stream was refused (an error answer, as while the app restarts) opens
 * it again by itself, and then shows what changed meanwhile. The page is a second, unwatched tab
 * of `page`'s session, since the refused stream logs an error.
 */
export async function expectCatchUpAfterRefusedStream(page: Page, incidentUrl: string, text: string) {
  const tab = await page.context().newPage();
  await tab.route('**/events', (route) => route.fulfill({ status: 503, body: '' }));
  await tab.goto(incidentUrl);
  await tab.getByRole('list').getByText('Beboerne orienteres via CKS i aften.').waitFor();
  await tab.getByRole('status').filter({ hasText: da.alerting.ui.liveLost }).waitFor();
  const id = incidentUrl.split('/').at(-1);
  const logged = await api(tab, 'POST', `/api/v1/alerting/incidents/${id}/log`, { kind: 'update', text });
  expect(logged.status, logged.text).toBeLessThan(300);
  await tab.unroute('**/events');
  await tab.getByRole('list').getByText(text).waitFor({ timeout: 15_000 });
  await tab.getByRole('status').filter({ hasText: da.alerting.ui.live }).waitFor();
  await tab.close();
}
