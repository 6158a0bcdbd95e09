import { da, fill } from '@helhed/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../server/test/test-databases.ts';
import { type AppServer, startAppServerOnCopy } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, danishPage, expectHeading, launchChromium, signIn } from './support/browser.ts';

// Administration → Grupper fra organisationens login, as the plan's administrator would use it on
// the embedded database and on a PostgreSQL server: two groups are added and survive a reload; a
// row without a role and a group written twice are refused with Danish messages and nothing saved;
// a removed row is gone after saving. Every page state passes axe. Build the web app first
// (npm run build:web).
const ui = da.accounts.federation.ui;
const TEAM = 'Team Vest';
const WORKERS = 'helhed-medarbejdere';
const BOARD = 'helhed-bestyrelse';

type Saved = { mappings: Array<{ groupName: string; role: string; teamName: string | null }> };

describe.each(TEST_DATABASES)(
  'the group table of the organisation’s login on %s',
  { timeout: 240_000 },
  (kind) => {
    let server: AppServer;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];
    const main = () => page.getByRole('main');
    const form = () => main().getByRole('form', { name: ui.caption });
    const cell = (column: string, row: number) =>
      form().getByLabel(fill(ui.cellLabel, { column, number: row }), { exact: true });

    /** The saved table as the API answers it, to see that a refused save changed nothing. */
    async function saved(): Promise<Saved['mappings']> {
      const answer = await api(page, 'GET', '/api/v1/identity-mappings');
      expect(answer.status).toBe(200);
      return (answer.body as Saved).mappings.map(({ groupName, role, teamName }) => ({
        groupName,
        role,
        teamName,
      }));
    }

    async function selectedText(column: string, row: number): Promise<string> {
      return ((await cell(column, row).locator('option:checked').textContent()) ?? '').trim();
    }

    async function addRow(row: number, group: string, role: string | null, team: string) {
      await form().getByRole('button', { name: ui.add }).click();
      // The new row's first control has focus.
      await expect
        .poll(() => cell(ui.provider, row).evaluate((el) => el === document.activeElement))
        .toBe(true);
      await cell(ui.group, row).fill(group);
      if (role) await cell(ui.role, row).selectOption({ label: role });
      await cell(ui.team, row).selectOption({ label: team });
    }

    async function save() {
      await form().getByRole('button', { name: ui.save }).click();
    }

    async function reloadPage() {
      await page.reload();
      await expectHeading(page, ui.title);
      await form().waitFor();
    }

    beforeAll(async () => {
      server = await startAppServerOnCopy(kind);
      browser = await launchChromium();
      page = await danishPage(browser, problems);
      await signIn(page, server.baseUrl, server.email, server.password, 'grupper-admin-ny-adgangskode');
      const team = await api(page, 'POST', '/api/v1/teams', { clientKey: crypto.randomUUID(), name: TEAM });
      expect(team.status).toBe(201);
    }, 240_000);
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    }, 60_000);

    it('opens from Administration with an empty table and says no login is set up', async () => {
      await page
        .getByRole('navigation', { name: 'Hovedmenu' })
        .getByRole('link', { name: da.nav.admin })
        .click();
      await expectHeading(page, da.admin.title);
      await page
        .getByRole('navigation', { name: da.admin.subnav })
        .getByRole('link', { name: ui.title })
        .click();
      await expectHeading(page, ui.title);
      await main().getByText(ui.noneConfigured).waitFor();
      await form().getByText(ui.empty).waitFor();
      await expectNoAxeViolations(page, 'Grupper, empty');
    });

    it('saves a worker group with a team and a reader group without one, and shows them after a reload', async () => {
      await addRow(1, WORKERS, da.roles.worker, TEAM);
      await addRow(2, BOARD, da.roles.reader, ui.noTeam);
      // The role select offers every role but the administrator's.
      const roles = await cell(ui.role, 1).locator('option').allTextContents();
      expect(roles).not.toContain(da.roles.admin);
      expect(roles).toContain(da.roles.leader);
      await expectNoAxeViolations(page, 'Grupper, two new rows');
      await save();
      await form().getByRole('status').filter({ hasText: ui.saved }).waitFor();

      // The server lists the table by login and group.
      await reloadPage();
      expect(await cell(ui.group, 1).inputValue()).toBe(BOARD);
      expect(await selectedText(ui.role, 1)).toBe(da.roles.reader);
      expect(await selectedText(ui.team, 1)).toBe(ui.noTeam);
      expect(await cell(ui.group, 2).inputValue()).toBe(WORKERS);
      expect(await selectedText(ui.provider, 2)).toBe(da.accounts.federation.methods.oidc);
      expect(await selectedText(ui.role, 2)).toBe(da.roles.worker);
      expect(await selectedText(ui.team, 2)).toBe(TEAM);
      expect(await saved()).toEqual([
        { groupName: BOARD, role: 'reader', teamName: null },
        { groupName: WORKERS, role: 'worker', teamName: TEAM },
      ]);
      await expectNoAxeViolations(page, 'Grupper, saved');
    });

    it('refuses a row without a role and a group written twice, saving nothing', async () => {
      const before = await saved();
      await addRow(3, 'helhed-ledere', null, ui.noTeam);
      await save();
      const roleError = form().getByRole('alert').filter({ hasText: da.validation.required });
      await roleError.waitFor();
      expect(await cell(ui.role, 3).getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => cell(ui.role, 3).evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page, 'Grupper, a row without a role');

      await cell(ui.role, 3).selectOption({ label: da.roles.leader });
      await cell(ui.group, 3).fill(WORKERS);
      await save();
      await form()
        .getByRole('alert')
        .filter({ hasText: da.accounts.federation.errors.duplicateGroup })
        .waitFor();
      expect(await form().getByRole('status').filter({ hasText: ui.saved }).count()).toBe(0);
      await expectNoAxeViolations(page, 'Grupper, a group twice');
      expect(await saved()).toEqual(before);

      await reloadPage();
      expect(await form().getByRole('row').count()).toBe(3);
      expect(await cell(ui.group, 3).count()).toBe(0);
    });

    it('removes a row, named by its group, and saves the table without it', async () => {
      await form()
        .getByRole('button', { name: fill(ui.remove, { group: BOARD }) })
        .click();
      await expect
        .poll(() =>
          form()
            .getByRole('button', { name: ui.add })
            .evaluate((el) => el === document.activeElement),
        )
        .toBe(true);
      await save();
      await form().getByRole('status').filter({ hasText: ui.saved }).waitFor();
      await reloadPage();
      expect(await cell(ui.group, 1).inputValue()).toBe(WORKERS);
      expect(await cell(ui.group, 2).count()).toBe(0);
      expect(await saved()).toEqual([{ groupName: WORKERS, role: 'worker', teamName: TEAM }]);
      await expectNoAxeViolations(page, 'Grupper, one row removed');
      expect(problems).toEqual([]);
    });
  },
);
