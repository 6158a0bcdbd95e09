import { type Browser, chromium, type Page } from 'playwright-core';
import { type AppServer, startAppServerOnCopy } from './app-server.ts';

export type PlanBrowser = { server: AppServer; browser: Browser; page: Page; problems: string[] };

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

/** An app as freshly installed (on a database of its own) and a Chromium page that records script errors and CSP reports. */
export async function startPlanBrowser(): Promise<PlanBrowser> {
  const server = await startAppServerOnCopy();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // 401 before sign-in and the deliberate 400 of a bad import are expected; CSP reports are not.
    if (message.type() === 'error' && !/status of (401|400)/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return { server, browser, page, problems };
}

export async function stopPlanBrowser(session: PlanBrowser | undefined): Promise<void> {
  await session?.browser.close();
  await session?.server.stop();
}

export const main = (page: Page) => page.getByRole('main');
export const planMenu = (page: Page) => page.getByRole('navigation', { name: 'Planens sider' });
