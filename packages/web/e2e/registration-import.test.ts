import { da } from '@helhed/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, expectHeading, signIn, signOut } from './support/browser.ts';
import { type PlanBrowser, startPlanBrowser, stopPlanBrowser } from './support/plan-browser.ts';

// Issue 17's acceptance for bulk import, as a worker does it: bring 50 participants in from a
// spreadsheet, then a 300-row attendance list with two bad rows (nothing imported, both rows
// named), fix them, import. Every state of the page passes axe. Build the web app first.
const ADMIN_PASSWORD = 'import-admin-adgangskode-2026-lang';
const START_PASSWORD = 'foerste-adgangskode-til-import';
const NEW_PASSWORD = 'ny-adgangskode-til-import-test';
const COURSE = 'Bydelsløftere, import-holdet';
const FIRST = ['Amina', 'Fatima', 'Hodan', 'Layla', 'Sara', 'Omar', 'Ali', 'Yusuf', 'Karim', 'Ida'];
const LAST = ['Hassan', 'Jensen', 'Yilmaz', 'Nielsen', 'Ahmed'];
/** 50 fictional residents; number 42 is Fatima Ahmed. */
const PEOPLE = Array.from({ length: 50 }, (_, i) => `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]}`);
const t = da.imports.ui;
let session: PlanBrowser;
let page: Page;
const main = () => page.getByRole('main');

async function tryFile(kind: string, name: string, content: string) {
  await main().getByLabel(t.kind).selectOption({ label: kind });
  await main()
    .getByLabel(t.file)
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await main().getByRole('button', { name: t.tryButton }).click();
  await main().getByRole('heading', { name: t.summaryTitle }).waitFor();
}

function attendanceList(rows: Array<[number, string]>) {
  return ['hold;gang;deltager;til stede', ...rows.map(([n, who]) => `${COURSE};${n};${who};ja`)].join('\n');
}

describe('bulk import in Chromium', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    session = await startPlanBrowser();
    page = session.page;
    await signIn(page, session.server.baseUrl, session.server.email, session.server.password, ADMIN_PASSWORD);
    const team = await api(page, 'POST', '/api/v1/teams', {
      clientKey: crypto.randomUUID(),
      name: 'Team Import',
    });
    await api(page, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email: 'import@test.dk',
      displayName: 'Importør',
      role: 'worker',
      password: START_PASSWORD,
      teamId: (team.body as { id: string }).id,
    });
    await signOut(page);
    await signIn(page, session.server.baseUrl, 'import@test.dk', START_PASSWORD, NEW_PASSWORD);
  }, 240_000);
  afterAll(() => stopPlanBrowser(session), 60_000);

  it('tries a participant list, then imports it with the consent it states', async () => {
    await page.goto(`${session.server.baseUrl}/deltagere`);
    await main().getByRole('link', { name: t.link }).click();
    await expectHeading(page, t.title);
    await expectNoAxeViolations(page, 'Importér, tom');
    const csv = [
      'navn;samtykke givet;statistik',
      ...PEOPLE.map((p, i) => `${p};01-09-2026;${i % 2 ? 'ja' : 'nej'}`),
    ];
    await tryFile(da.imports.kinds.participants, 'deltagere.csv', csv.join('\n'));
    await main().getByText('50 oprettes, 0 ændres, 0 findes allerede, 0 afvises.').waitFor();
    await expectNoAxeViolations(page, 'Importér, tørkørsel af deltagere');
    await main().getByRole('button', { name: 'Importér 50 rækker' }).click();
    await main().getByText('Importeret: 50 oprettet, 0 ændret, 0 fandtes allerede.').waitFor();
    const list = await api(page, 'GET', '/api/v1/participants?limit=200');
    expect((list.body as { total: number }).total).toBe(50);
  });

  it('refuses a 300-row attendance list with two bad rows, names both, then imports the fixed list', async () => {
    const activities = await api(page, 'GET', '/api/v1/plan/activities');
    const women = (activities.body as { activities: Array<{ id: string; name: string }> }).activities.find(
      (a) => a.name === 'Bydelsløftere for kvinder',
    );
    const course = await api(page, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId: women?.id,
      kind: 'course',
      title: COURSE,
      startsOn: '2026-09-07',
    });
    expect(course.status).toBe(201);
    const rows: Array<[number, string]> = [];
    for (let n = 1; n <= 6; n++) for (const person of PEOPLE) rows.push([n, person]);
    expect(rows.length).toBe(300);
    const bad = rows.map(([n, who], i): [number, string] =>
      i === 41 ? [n, 'Fatima Ahmad'] : i === 207 ? [9, who] : [n, who],
    );
    await page.reload();
    await tryFile(da.imports.kinds.attendance, 'fremmøde.csv', attendanceList(bad));
    await main().getByText('298 oprettes, 0 ændres, 0 findes allerede, 2 afvises.').waitFor();
    const attention = main().getByRole('region', { name: t.attentionCaption });
    expect(await attention.getByRole('row').count()).toBe(3);
    await attention.getByRole('rowheader', { name: '43' }).waitFor();
    await attention.getByText('ingen deltager, du har adgang til, hedder "Fatima Ahmad"').waitFor();
    await attention.getByText(/^mente du .*Fatima Ahmed/).waitFor();
    await attention.getByRole('rowheader', { name: '209' }).waitFor();
    await attention.getByText(`holdet "${COURSE}" har ingen gang nummer 9`).waitFor();
    expect(
      await main()
        .getByRole('button', { name: /^Importér \d+ rækker$/ })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(page, 'Importér, fremmøde med to fejl');
    const detail = await api(page, 'GET', `/api/v1/group-courses/${(course.body as { id: string }).id}`);
    expect((detail.body as { enrolments: unknown[] }).enrolments).toEqual([]);

    await tryFile(da.imports.kinds.attendance, 'fremmøde-rettet.csv', attendanceList(rows));
    await main().getByText('300 oprettes, 0 ændres, 0 findes allerede, 0 afvises.').waitFor();
    await main().getByRole('button', { name: 'Importér 300 rækker' }).click();
    await main().getByText('Importeret: 300 oprettet, 0 ændret, 0 fandtes allerede.').waitFor();
    await expectNoAxeViolations(page, 'Importér, fremmøde importeret');
    const after = await api(page, 'GET', `/api/v1/group-courses/${(course.body as { id: string }).id}`);
    expect((after.body as { enrolments: unknown[] }).enrolments).toHaveLength(50);
  });
});
