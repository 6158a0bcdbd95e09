import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../src/app.ts';
import { seedOdensePlan } from '../src/first-start.ts';
import { type AlertingConfig, alertingConfigFromEnv } from '../src/modules/alerting/index.ts';
import { as, asOwnerOf, knowDatabaseOf, type Session, type TestApp } from './build-test-app.ts';
import { createTestDatabase, openTestDatabase, type TestDatabaseKind } from './test-databases.ts';

export const PUBLIC_URL = 'http://helhed.test';

/** Like buildTestApp, with the beredskab module's mail, SMS and worker settings given. */
export async function buildAlertingTestApp(
  kind: TestDatabaseKind,
  alerting: Partial<AlertingConfig>,
  options: Pick<AppOptions, 'liveStreams'> = {},
): Promise<TestApp & { url: string }> {
  const database = await createTestDatabase(kind, 'seeded');
  const db = await openTestDatabase(database, 8);
  const plan = await seedOdensePlan(db);
  const config = { ...alertingConfigFromEnv({}), publicUrl: PUBLIC_URL, pollIntervalMs: 100, ...alerting };
  const app = await buildApp({
    db,
    cookies: { secure: true },
    alerting: config,
    retentionSchedule: false,
    ...options,
  });
  await app.ready();
  knowDatabaseOf(app, db);
  return {
    app,
    db,
    url: database.url,
    database,
    asOwner: (fn) => asOwnerOf(database, fn),
    planId: plan.id,
    close: async () => {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/** Raises an incident through the API as `who`: a plain yellow one unless `fields` say otherwise. */
export function raiseIncident(app: FastifyInstance, who: Session, fields: Record<string, unknown> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/alerting/incidents',
    headers: as(who, 'POST'),
    payload: {
      clientKey: crypto.randomUUID(),
      level: 'yellow',
      category: 'utryghedsskabende episoder',
      description: 'Uro ved centret.',
      location: 'Korsløkken',
      occurredAt: new Date().toISOString(),
      ...fields,
    },
  });
}

/** Puts a chief on the rota from an hour ago until `hoursAhead` hours from now (one by default). */
export function putOnCall(app: FastifyInstance, leader: Session, contactId: string, hoursAhead = 1) {
  const now = Date.now();
  return app.inject({
    method: 'POST',
    url: '/api/v1/alerting/shifts',
    headers: as(leader, 'POST'),
    payload: {
      contactId,
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + hoursAhead * 3_600_000).toISOString(),
    },
  });
}

export interface AlertList {
  chief: string;
  fuPolice: string;
  fuPoliceDeputy: string;
  fuHousing: string;
  boardPolice: string;
  boligsocialBoard: string;
  cks: string;
}

/** A small alert list entered through the API, as the SSP leader would; people are fictitious. */
export async function enterAlertList(
  app: FastifyInstance,
  leader: Session,
  options: { chiefPhone?: string | null } = {},
): Promise<AlertList> {
  const card = (
    await app.inject({ method: 'GET', url: '/api/v1/alerting/action-card', headers: as(leader) })
  ).json() as {
    organisations: Array<{ id: string; name: string }>;
  };
  const org = (name: string) => {
    const found = card.organisations.find((o) => o.name === name);
    if (!found) throw new Error(`no organisation ${name}`);
    return found.id;
  };
  async function add(body: Record<string, unknown>): Promise<string> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/alerting/contacts',
      headers: as(leader, 'POST'),
      payload: { clientKey: crypto.randomUUID(), isActive: true, phone: null, deputyId: null, ...body },
    });
    if (response.statusCode !== 201) throw new Error(`contact: ${response.statusCode} ${response.body}`);
    return response.json().id;
  }
  const police = org('Fyns Politi');
  const fuPoliceDeputy = await add({
    organisationId: police,
    group: 'ssp_fu',
    roleTitle: 'Vicepolitiinspektør (stedfortræder)',
    fullName: 'Test Stedfortræder',
    email: 'stedfortraeder@politi.test',
  });
  return {
    chief: await add({
      organisationId: org('SSP Odense'),
      group: 'ssp_chief',
      roleTitle: 'SSP-chefvagt',
      fullName: 'Test Chefvagt',
      email: 'chefvagt@ssp.test',
      phone: options.chiefPhone ?? null,
    }),
    fuPolice: await add({
      organisationId: police,
      group: 'ssp_fu',
      roleTitle: 'Politiinspektør',
      fullName: 'Test Politiinspektør',
      email: 'fu-politi@politi.test',
      deputyId: fuPoliceDeputy,
    }),
    fuPoliceDeputy,
    fuHousing: await add({
      organisationId: org('BoligSocialt Hus'),
      group: 'ssp_fu',
      roleTitle: 'Tryghedsrådgiver',
      fullName: 'Test Tryghedsrådgiver',
      email: 'tryghed@bsh.test',
    }),
    boardPolice: await add({
      organisationId: police,
      group: 'ssp_board',
      roleTitle: 'Politidirektør',
      fullName: 'Test Politidirektør',
      email: 'direktoer@politi.test',
    }),
    boligsocialBoard: await add({
      organisationId: org('Civica'),
      group: 'boligsocial_board',
      roleTitle: 'Bestyrelsesmedlem',
      fullName: 'Test Bestyrelse',
      email: 'bestyrelse@civica.test',
    }),
    cks: await add({
      organisationId: org('CKS-netværkene'),
      group: 'cks',
      roleTitle: 'Afdelingsformand',
      fullName: 'Test CKS',
      email: 'cks@afdeling.test',
    }),
  };
}
