import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPlan, buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { buildQuarterlyReport, parseQuarter } from '../index.ts';
import type { Refs } from './fixture.ts';
import { loadKnownDataset } from './known-dataset.ts';

describe.each(TEST_DATABASES)('quarterly leverancemåling on %s', (kind) => {
  let t: TestApp;
  let refs: Refs;
  let report0PlanName = '';
  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await loadKnownDataset(t.db, t.planId);
    report0PlanName = (
      await t.db.selectFrom('plan').select('name').where('id', '=', t.planId).executeTakeFirstOrThrow()
    ).name;
  }, 120_000);
  afterAll(async () => t?.close());

  it('counts the hand-counted dataset per activity, area and in total', async () => {
    const report = await buildQuarterlyReport(t.db, { planId: t.planId }, '2025-Q1');
    expect(report.period).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    const a = report.activities.find((row) => row.activityId === refs.activityA.id);
    const b = report.activities.find((row) => row.activityId === refs.activityB.id);
    expect(a).toMatchObject({
      activityName: refs.activityA.name,
      uniqueParticipants: 9,
      casesStarted: 8,
      casesActive: 9,
      casesEnded: 5,
      referralsReceived: { total: 11, bySource: { jobcenter: 6, self: 5, school: 0 } },
      sessionsHeld: 0,
      attendance: 0,
      volunteers: 'x',
    });
    expect(a?.outcomes['education-started']).toBe(5);
    expect(b).toMatchObject({
      uniqueParticipants: 7,
      casesStarted: 7,
      casesActive: 7,
      casesEnded: 0,
      referralsReceived: { total: 5, bySource: { school: 5 } },
      sessionsHeld: 2,
      groupParticipants: 'x',
      attendance: 6,
    });
    expect(report.totals).toMatchObject({
      uniqueParticipants: 16,
      casesStarted: 15,
      casesActive: 16,
      casesEnded: 5,
      referralsReceived: { total: 16, bySource: { jobcenter: 6, self: 5, school: 5 } },
      sessionsHeld: 2,
      groupParticipants: 'x',
      attendance: 6,
      volunteers: 'x',
      cksMeetings: 2,
      cksAttendees: 9,
      safetyContacts: 3,
    });
    const area1 = report.areas.find((row) => row.areaId === refs.area1.id);
    const area2 = report.areas.find((row) => row.areaId === refs.area2.id);
    expect(area1).toMatchObject({
      casesStarted: 8,
      casesActive: 9,
      casesEnded: 5,
      cksMeetings: 1,
      safetyContacts: 3,
    });
    expect(area2).toMatchObject({ casesStarted: 7, casesActive: 7, casesEnded: 0, cksMeetings: 1 });
    // 9 attendees in total, 2 in area 2: area 1's 7 is hidden as well, else 9 − 7 gives the 2 back.
    expect(area2?.cksAttendees).toBe('x');
    expect(area1?.cksAttendees).toBe('x');
  });

  it('compares with the same quarter a year earlier, suppressed on its own', async () => {
    const report = await buildQuarterlyReport(t.db, { planId: t.planId }, '2025-Q1');
    expect(report.comparison.quarter).toBe('2024-Q1');
    const a = report.comparison.activities.find((row) => row.activityId === refs.activityA.id);
    expect(a).toMatchObject({ casesStarted: 'x', casesActive: 'x', casesEnded: 'x' });
    expect(a?.outcomes['ordinary-job']).toBe('x');
    expect(report.comparison.totals).toMatchObject({ casesStarted: 'x', casesEnded: 'x', sessionsHeld: 0 });
  });

  it('reports all plans with a row per activity name and per plan', async () => {
    await addPlan(t.db, 'tom-plan');
    const all = await buildQuarterlyReport(t.db, { allPlans: true }, '2025-Q1');
    expect(all.plan.id).toBeNull();
    expect(all.totals).toMatchObject({ casesActive: 16, uniqueParticipants: 16, cksAttendees: 9 });
    const b = all.activities.find((row) => row.activityName === refs.activityB.name);
    expect(b).toMatchObject({ casesStarted: 7, groupParticipants: 'x', sessionsHeld: 2, attendance: 6 });
    // The area rows are plans (a plan without boligområder has none).
    const ours = all.areas.filter((row) => row.areaName === report0PlanName);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ casesStarted: 15, casesActive: 16, cksMeetings: 2, cksAttendees: 9 });
    for (const other of all.areas.filter((row) => row.areaName !== report0PlanName)) {
      expect(other).toMatchObject({ casesActive: 0, cksMeetings: 0 });
    }
  });

  it('refuses a bad quarter with a Danish message', async () => {
    expect(() => parseQuarter('2025-Q5')).toThrow(/kvartal/i);
    await expect(buildQuarterlyReport(t.db, { planId: t.planId }, 'januar')).rejects.toThrow(/kvartal/i);
    expect(parseQuarter('2024-K4')).toMatchObject({ key: '2024-Q4', start: '2024-10-01', end: '2024-12-31' });
  });
});
