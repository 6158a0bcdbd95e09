import { da, fill } from '@helhed/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../server/src/modules/synthetic/index.ts';
import { createDatabase } from '../../server/src/platform/db/database.ts';
import { systemActor, withTransaction } from '../../server/src/platform/db/transaction.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../../server/test/oidc-test-provider.ts';
import { createTestSamlIdp } from '../../server/test/saml-idp.ts';
import { startTestSamlIdpServer, type TestSamlIdpServer } from '../../server/test/saml-idp-server.ts';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { type AppServer, freePort, startAppServer } from './support/app-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, danishPage, expectHeading, launchChromium } from './support/browser.ts';

// Issue 19's acceptance, as a kommune's IT department would try it: Helhed pointed at a real OpenID
// provider and a SAML IdP on loopback; a caseworker whose group maps to Medarbejder in one team signs
// in through the provider's own page and sees only that team's participants; a person in no mapped
// group is refused with the Danish reason; a SAML sign-in lands as Læser. Build the web app first.
const f = da.accounts.federation;
let server: AppServer;
let database: TestDatabase;
let provider: TestOidcProvider;
let idpServer: TestSamlIdpServer;
let browser: Browser;
let page: Page;
let teamName = '';
let teamCount = 0;
let allCount = 0;

describe('sign-in through the organisation in Chromium', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const port = await freePort();
    const base = `http://localhost:${port}`;
    database = await createTestDatabase('postgres', 'seeded');
    const { db } = createDatabase(database.url, 2);
    try {
      await generateSyntheticData(db, { mode: 'demo', seed: 3, residents: 300 });
      const teams = await db
        .selectFrom('participant')
        .innerJoin('team', 'team.id', 'participant.team_id')
        .select(['team.id', 'team.name', 'team.plan_id', (eb) => eb.fn.countAll<string>().as('n')])
        .where('participant.erased_at', 'is', null)
        .groupBy(['team.id', 'team.name', 'team.plan_id'])
        .orderBy('team.name')
        .execute();
      const [team] = teams;
      if (!team || teams.length < 2) throw new Error('the synthetic data should fill at least two teams');
      teamName = team.name;
      teamCount = Number(team.n);
      allCount = teams.reduce((sum, row) => sum + Number(row.n), 0);
      await withTransaction(db, systemActor('test'), (trx) =>
        trx
          .insertInto('identity_group_mapping')
          .values([
            {
              plan_id: team.plan_id,
              provider: 'oidc',
              group_name: 'helhed-team',
              role: 'worker',
              team_id: team.id,
            },
            {
              plan_id: team.plan_id,
              provider: 'saml',
              group_name: 'SG-Helhed-Laesere',
              role: 'reader',
              team_id: null,
            },
          ])
          .execute(),
      );
    } finally {
      await db.destroy();
    }
    provider = await startTestOidcProvider(`${base}/api/v1/auth/oidc/callback`, `${base}/log-ind`);
    provider.accounts.set('amina', {
      email: 'amina@odense.dk',
      name: 'Amina Hansen',
      groups: ['helhed-team'],
    });
    provider.accounts.set('bo', { email: 'bo@odense.dk', name: 'Bo Jensen', groups: ['alle-ansatte'] });
    const idp = await createTestSamlIdp();
    idpServer = await startTestSamlIdpServer(idp, {
      entityId: `${base}/api/v1/auth/saml/metadata`,
      acsUrl: `${base}/api/v1/auth/saml/acs`,
    });
    idpServer.people.set('sara', {
      email: 'sara@odense.dk',
      name: 'Sara Nielsen',
      groups: ['SG-Helhed-Laesere'],
    });
    server = await startAppServer({
      databaseUrl: database.url,
      port,
      env: {
        HELHED_PUBLIC_URL: base,
        HELHED_OIDC_ISSUER: provider.issuer,
        HELHED_OIDC_CLIENT_ID: provider.clientId,
        HELHED_OIDC_CLIENT_SECRET: provider.clientSecret,
        HELHED_OIDC_LABEL: 'Odense Kommune',
        HELHED_OIDC_SCOPES: 'openid email profile groups',
        HELHED_SAML_ENTRY_POINT: idpServer.ssoUrl,
        HELHED_SAML_IDP_ISSUER: idp.issuer,
        HELHED_SAML_IDP_CERT: idp.cert,
        HELHED_SAML_LABEL: 'Odense Kommune (ADFS)',
      },
    });
    browser = await launchChromium();
    page = await danishPage(browser);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
    await idpServer?.close();
    await database?.drop();
  }, 60_000);

  it('offers the organisation first on the sign-in page', async () => {
    await page.goto(`${server.baseUrl}/log-ind`);
    await expectHeading(page, da.auth.signInTitle);
    const first = page.getByRole('main').getByRole('link').first();
    expect(await first.textContent()).toBe(fill(f.signInWith, { organisation: 'Odense Kommune' }));
    await page.getByRole('heading', { name: f.orLocal }).waitFor();
    await expectNoAxeViolations(page, 'Log ind med organisationens login');
  });

  it('signs a caseworker in through the provider as Medarbejder who sees only the own team', async () => {
    await page
      .getByRole('link', { name: fill(f.signInWith, { organisation: 'Odense Kommune' }), exact: true })
      .click();
    await page.getByLabel('Brugernavn').fill('amina');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expectHeading(page, 'Plan');
    await page.getByText('Amina Hansen').waitFor();
    await page.getByText(da.roles.worker, { exact: true }).waitFor();
    const list = await api(page, 'GET', '/api/v1/participants?limit=1');
    expect((list.body as { total: number }).total).toBe(teamCount);
    expect(teamCount).toBeLessThan(allCount);
    const teams = await api(page, 'GET', '/api/v1/participants?limit=200');
    const names = new Set(
      (teams.body as { participants: { teamName: string }[] }).participants.map((p) => p.teamName),
    );
    expect([...names]).toEqual([teamName]);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Deltagere' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `af ${teamCount}` })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'Deltagere for en medarbejder logget ind via organisationen');
  });

  it('signs out of Helhed and of the provider', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: /sign me out/i }).click();
    await page.waitForURL('**/log-ind');
    expect((await api(page, 'GET', '/api/v1/auth/session')).status).toBe(401);
  });

  it('refuses a person in no mapped group with the Danish reason', async () => {
    await page.goto(`${server.baseUrl}/log-ind`);
    await page
      .getByRole('link', { name: fill(f.signInWith, { organisation: 'Odense Kommune' }), exact: true })
      .click();
    await page.getByLabel('Brugernavn').fill('bo');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.waitForURL('**/log-ind?afvist=no-group');
    await page.getByRole('alert').filter({ hasText: f.refusals['no-group'] }).waitFor();
    expect((await api(page, 'GET', '/api/v1/auth/session')).status).toBe(401);
    await expectNoAxeViolations(page, 'Log ind afvist: ingen gruppe');
  });

  it('signs a person in through the SAML IdP as Læser', async () => {
    await page.goto(`${server.baseUrl}/log-ind`);
    await page
      .getByRole('link', { name: fill(f.signInWith, { organisation: 'Odense Kommune (ADFS)' }) })
      .click();
    await page.getByLabel('Brugernavn').fill('sara');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Fortsæt til Helhed' }).click();
    await expectHeading(page, 'Plan');
    await page.getByText('Sara Nielsen').waitFor();
    await page.getByText(da.roles.reader, { exact: true }).waitFor();
    const session = (await api(page, 'GET', '/api/v1/auth/session')).body as {
      user: { signInMethod: string };
    };
    expect(session.user.signInMethod).toBe('saml');
  });
});
