import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPlan,
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { IMPORT_CONTENT_TYPES } from '../contract/indicators.ts';
import { insertPlanContent } from '../queries/seed.ts';
import type { PlanContentSeed } from '../seed/seed-types.ts';

// A second municipality's plan in the same installation, with its own areas, indicator and activity.
const AARHUS: PlanContentSeed = {
  plan: {
    plan: { partiesNote: null, parties: [] },
    areas: [
      {
        slug: 'gellerup',
        name: 'Gellerup',
        spellings: [],
        residents: 6000,
        residentsDate: '2023-01-01',
        residentsAsWritten: null,
        nonWesternShare: null,
        nonWesternShareAsWritten: null,
        status: null,
        source: null,
        uncertainties: [],
        departments: ['Gellerupparken'],
        ageGroups: [],
      },
    ],
    focusAreas: [
      {
        slug: 'beskaeftigelse',
        name: 'Beskæftigelse i Aarhus',
        team: null,
        goalText: null,
        lbfOverallGoal: null,
        subAgreement: {
          name: 'Aarhus-delaftale',
          periodStart: null,
          periodEnd: null,
          parties: [],
          weeklyStaffHours: 80,
          weeklyStaffHoursAsWritten: null,
          staffHoursYears: null,
          staffHoursIncludes: null,
          staffHoursNote: null,
          revisionText: null,
          source: null,
        },
      },
    ],
  },
  indicators: {
    goals: [
      {
        level: 'delmaal',
        focusAreaSlug: 'beskaeftigelse',
        text: 'Flere i job i Gellerup',
        source: null,
        note: null,
        indicators: [
          {
            key: 'aarhus-beskaeftigelse',
            name: 'Andel i beskæftigelse (Aarhus)',
            unit: 'pct',
            baselineYear: '2023',
            baselineYearNote: null,
            dataSource: null,
            measurement: null,
            note: null,
            footnotes: [],
            areasNotListed: [],
            baselines: [],
          },
        ],
      },
    ],
    inconsistencies: [],
  },
  activities: {
    activities: [
      {
        slug: 'jobcafe',
        name: 'Jobcafé Gellerup',
        focusAreaSlug: 'beskaeftigelse',
        purposesIntro: null,
        purposes: ['Job'],
        targetGroup: null,
        targetGroups: [],
        targetTotal: null,
        ageRanges: [],
        format: null,
        formatReason: null,
        referralSources: [],
        referralEvidence: [],
        recruitment: null,
        partners: [],
        sessionStructure: null,
        sessions: [],
        afterCourse: null,
        evaluation: null,
        responsible: null,
        notes: [],
        source: null,
      },
    ],
  },
};

describe.each(TEST_DATABASES)('plan tenant isolation on %s', (kind) => {
  let t: TestApp;
  let odense: Session;
  let aarhus: Session;
  let odenseActivity: string;
  let odenseSubAgreement: string;
  const send = (session: Session, method: 'GET' | 'PATCH' | 'PUT' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as(session, method), payload });

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const aarhusId = await addPlan(t.db, 'aarhus-2025-2028');
    await withTransaction(t.db, systemActor('test'), (trx) => insertPlanContent(trx, aarhusId, AARHUS));
    await addUser(t.db, t.planId, 'admin', 'admin@odense.dk');
    await addUser(t.db, aarhusId, 'admin', 'admin@aarhus.dk');
    odense = await signIn(t.app, 'admin@odense.dk');
    aarhus = await signIn(t.app, 'admin@aarhus.dk');
    const focus = (await send(odense, 'GET', '/api/v1/plan/focus-areas/beskaeftigelse')).json();
    odenseActivity = focus.activities[0].id;
    odenseSubAgreement = focus.subAgreement.id;
  });
  afterAll(() => t.close());

  it('shows each user only the own plan in every list', async () => {
    const plan = (await send(aarhus, 'GET', '/api/v1/plan')).json();
    expect(plan.areas.map((a: { slug: string }) => a.slug)).toEqual(['gellerup']);
    expect(plan.totalResidents).toBe(6000);
    const activities = (await send(aarhus, 'GET', '/api/v1/plan/activities')).json().activities;
    expect(activities.map((a: { name: string }) => a.name)).toEqual(['Jobcafé Gellerup']);
    const focus = (await send(aarhus, 'GET', '/api/v1/plan/focus-areas/beskaeftigelse')).json();
    expect(focus.subAgreement.name).toBe('Aarhus-delaftale');
    expect(
      focus.goals.flatMap((g: { indicators: Array<{ id: string }> }) => g.indicators.map((i) => i.id)),
    ).toEqual(['aarhus-beskaeftigelse']);
    expect((await send(aarhus, 'GET', '/api/v1/plan/goals')).json().goals).toEqual([]);
    expect((await send(aarhus, 'GET', '/api/v1/plan/staff-hours')).json().totalWeeklyStaffHours).toBe(80);
    const odensePlan = (await send(odense, 'GET', '/api/v1/plan')).json();
    expect(odensePlan.areas.map((a: { slug: string }) => a.slug)).not.toContain('gellerup');
  });

  it("answers 404 for the other plan's records by id and changes nothing", async () => {
    const reads = [
      await send(aarhus, 'GET', `/api/v1/plan/activities/${odenseActivity}`),
      await send(aarhus, 'GET', '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen'),
      await send(aarhus, 'GET', '/api/v1/plan/focus-areas/uddannelse-og-livschancer'),
      await send(odense, 'GET', '/api/v1/plan/indicators/aarhus-beskaeftigelse'),
    ];
    expect(reads.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    const writes = [
      await send(aarhus, 'PATCH', `/api/v1/plan/activities/${odenseActivity}`, { name: 'Overtaget' }),
      await send(aarhus, 'PATCH', `/api/v1/plan/sub-agreements/${odenseSubAgreement}`, {
        weeklyStaffHours: 1,
      }),
      await send(aarhus, 'PUT', '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen/values', {
        values: [{ areaSlug: 'gellerup', year: 2025, value: 1 }],
      }),
    ];
    expect(writes.map((r) => r.statusCode)).toEqual([404, 404, 404]);
    const activity = (await send(odense, 'GET', `/api/v1/plan/activities/${odenseActivity}`)).json();
    expect(activity.name).not.toBe('Overtaget');
    const focus = (await send(odense, 'GET', '/api/v1/plan/focus-areas/beskaeftigelse')).json();
    expect(focus.subAgreement.weeklyStaffHours).toBe(219);
  });

  it("cannot use the other plan's areas or indicators in values, activities or imports", async () => {
    const ownIndicatorOtherArea = await send(
      aarhus,
      'PUT',
      '/api/v1/plan/indicators/aarhus-beskaeftigelse/values',
      {
        values: [{ areaSlug: 'vollsmose', year: 2025, value: 50 }],
      },
    );
    expect(ownIndicatorOtherArea.statusCode).toBe(400);
    const activity = await send(aarhus, 'POST', '/api/v1/plan/activities', {
      clientKey: crypto.randomUUID(),
      name: 'Forsøg',
      focusAreaSlug: 'uddannelse-og-livschancer',
    });
    expect(activity.statusCode).toBe(400);
    const csv = Buffer.from(
      'indikator;område;år;værdi\nudd-18-29-uddannelse-udover-grundskolen;Vollsmose;2025;50\n',
    );
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plan/indicator-imports',
      headers: { ...as(aarhus, 'POST'), 'content-type': IMPORT_CONTENT_TYPES.csv },
      payload: csv,
    });
    expect(imported.statusCode).toBe(400);
    expect(imported.json().error.rows.map((r: { field: string }) => r.field)).toEqual([
      'indikator',
      'område',
    ]);
  });

  it('refuses, in the database itself, a row of one plan that points into another', async () => {
    const odenseIndicator = await t.db
      .selectFrom('plan_indicator')
      .select('id')
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    const gellerup = await t.db
      .selectFrom('plan_area')
      .select(['id', 'plan_id'])
      .where('slug', '=', 'gellerup')
      .executeTakeFirstOrThrow();
    const crossing = withTransaction(t.db, systemActor('test'), (trx) =>
      trx
        .insertInto('plan_indicator_value')
        .values({
          plan_id: gellerup.plan_id,
          indicator_id: odenseIndicator.id,
          area_id: gellerup.id,
          year: 2025,
          value: 1,
        })
        .execute(),
    );
    await expect(crossing).rejects.toMatchObject({ code: '23503' });
  });

  it("keeps each plan's history apart", async () => {
    const ok = await send(aarhus, 'PUT', '/api/v1/plan/indicators/aarhus-beskaeftigelse/values', {
      values: [{ areaSlug: 'gellerup', year: 2025, value: 50 }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const aarhusHistory = (await send(aarhus, 'GET', '/api/v1/plan/changes?limit=200')).json();
    const odenseHistory = (await send(odense, 'GET', '/api/v1/plan/changes?limit=200')).json();
    expect(aarhusHistory.changes[0].actorEmail).toBe('admin@aarhus.dk');
    const odenseIds = new Set(odenseHistory.changes.map((c: { entityId: string }) => c.entityId));
    expect(aarhusHistory.changes.some((c: { entityId: string }) => odenseIds.has(c.entityId))).toBe(false);
    expect(
      odenseHistory.changes.some((c: { actorEmail: string }) => c.actorEmail === 'admin@aarhus.dk'),
    ).toBe(false);
    expect(aarhusHistory.total).toBeLessThan(20);
  });
});
