import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServerOnCopy } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, danishPage, expectHeading, launchChromium, signIn } from './support/browser.ts';

// Issue 17 item 3 in the browser: a leader or admin links an activity of the 2024-2028 plan to an
// activity of the 2016-2020 plan on the register page, sees the line, and removes it again; a
// refused link shows the server's Danish message at the field; a reader sees no form and no
// remove buttons. Build the web app first (npm run build:web).
const PLAN_2016 = 'Boligsocial helhedsplan i Vollsmose 2016-2020';
const PLAN_2024 = 'Boligsocial helhedsplan 2024-2028, Odense';
const LINE = `Viderefører Erhvervsmentor (${PLAN_2016})`;
const READER_PASSWORD = 'laeser-foerste-adgangskode-2026';

describe('continuation links in Chromium', { timeout: 180_000 }, () => {
  let server: AppServer;
  let page: Page;
  let reader: Page;
  let close: () => Promise<void>;
  const problems: string[] = [];
  const form = () => page.getByRole('form', { name: 'Videreføres af / Viderefører' });
  const choose = async (label: string, option: string) =>
    form().getByLabel(label, { exact: true }).selectOption({ label: option });
  const openRegister = async (p: Page) => {
    await p.goto(`${server.baseUrl}/program/planregister`);
    await expectHeading(p, 'Planregister');
    await p.getByRole('heading', { name: `Aktiviteter i ${PLAN_2016}` }).waitFor();
  };

  beforeAll(async () => {
    server = await startAppServerOnCopy();
    const browser = await launchChromium();
    page = await danishPage(browser, problems);
    reader = await danishPage(browser, problems);
    close = async () => {
      await browser.close();
      await server.stop();
    };
    await signIn(page, server.baseUrl, server.email, server.password, 'linje-admin-ny-adgangskode-2026');
    const created = await api(page, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email: 'laeser@linjer.test',
      displayName: 'Lise Læser',
      role: 'reader',
      password: READER_PASSWORD,
    });
    expect(created.status, created.text).toBe(201);
    await signIn(
      reader,
      server.baseUrl,
      'laeser@linjer.test',
      READER_PASSWORD,
      'lises-anden-adgangskode-2026',
    );
  }, 240_000);
  afterAll(() => close?.(), 60_000);

  it('shows the field at fault when both activities are of one plan, and saves nothing', async () => {
    await openRegister(page);
    await choose('Plan', PLAN_2016);
    await choose('Aktivitet', 'Erhvervsmentor');
    await choose('Den anden plan', PLAN_2016);
    await choose('Aktivitet i den anden plan', 'Brobyggermentor');
    await form().getByRole('button', { name: 'Forbind aktiviteterne' }).click();
    const field = form().getByLabel('Aktivitet i den anden plan', { exact: true });
    await form().getByText('Vælg en aktivitet fra en anden plan.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('main').textContent()).not.toContain('Viderefører Brobyggermentor');
    await expectNoAxeViolations(page, 'Planregister med fejl i formularen');
  });

  it('links an activity of 2024-2028 to one of 2016-2020; the register shows the line', async () => {
    await openRegister(page);
    await choose('Plan', PLAN_2024);
    await choose('Aktivitet', 'Fritidsjobrådgivning');
    await choose('Forbindelse', 'Viderefører');
    await choose('Den anden plan', PLAN_2016);
    await choose('Aktivitet i den anden plan', 'Erhvervsmentor');
    await form().getByRole('button', { name: 'Forbind aktiviteterne' }).click();
    await form().getByText('Forbindelsen er gemt.').waitFor();
    const main = page.getByRole('main');
    await main.getByText(LINE).waitFor();
    // The other end shows it too: Erhvervsmentor is now carried on as well as the seeded activity.
    const continuedBy = main.getByText(/^Videreført som Fritidsjobrådgivning /);
    await expect.poll(() => continuedBy.count()).toBe(2);
    await expectNoAxeViolations(page, 'Planregister med ny linje');
  });

  it('a reader sees the line but no form and no remove button', async () => {
    await openRegister(reader);
    await reader.getByRole('main').getByText(LINE).waitFor();
    expect(await reader.getByRole('form', { name: 'Videreføres af / Viderefører' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: /^Fjern linjen/ }).count()).toBe(0);
    await expectNoAxeViolations(reader, 'Planregister for en læser');
  });

  it('removes the line with a button named after it', async () => {
    await openRegister(page);
    const remove = page.getByRole('button', { name: `Fjern linjen: Fritidsjobrådgivning – ${LINE}` });
    await remove.click();
    await page.getByText('Linjen er fjernet.').waitFor();
    // Focus is not lost with the button: it moves to the message.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Linjen er fjernet.');
    await page.getByRole('main').getByText(LINE).waitFor({ state: 'detached' });
    // The seeded line is still there: only the chosen link went.
    expect(await page.getByRole('main').textContent()).toContain(
      'Viderefører Fritids- og studiejobrådgivning',
    );
    await expectNoAxeViolations(page, 'Planregister efter fjernelse');
    expect(problems).toEqual([]);
  });
});
