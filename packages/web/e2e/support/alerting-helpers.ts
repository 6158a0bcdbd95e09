import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ackPathOf, type SmtpCapture } from '../../../server/test/smtp-capture.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expectHeading } from './browser.ts';

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
