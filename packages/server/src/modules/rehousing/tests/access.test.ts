import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { addEvent, addMember, addTeam, call, createHousehold, createPhase } from './support.ts';

// A worker outside the genhusning team cannot open a household by any route: every one answers
// 404 (the household's existence is not revealed), the list leaves it out, and nothing changes.
describe.each(TEST_DATABASES)('genhusning access (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  let member: Session;
  let outsider: Session;
  let householdId: string;
  let offerId: string;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Genhusning');
    const other = await addTeam(t.db, t.planId, 'Beskæftigelse');
    leader = (await addMember(t, 'leader', 'leder@helhed.test', null)).session;
    member = (await addMember(t, 'worker', 'genhusning@helhed.test', team)).session;
    outsider = (await addMember(t, 'worker', 'udenfor@helhed.test', other)).session;
    const phaseId = await createPhase(t, leader, 'Etape 2 – Granparken');
    householdId = await createHousehold(t, member, phaseId);
    offerId = await addEvent(t, member, householdId, {
      type: 'offer_made',
      occurredOn: '2026-01-10',
      organisation: 'FAB',
      answerDeadline: '2026-01-24',
    });
  }, 120_000);
  afterAll(() => t?.close());

  it('answers 404 on every household route for a worker outside the team', async () => {
    const refs = await planRefs(t);
    const base = `/api/v1/rehousing/households/${householdId}`;
    const attempts: Array<[method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown]> = [
      ['GET', base],
      ['PATCH', base, { contactName: 'Ændret' }],
      [
        'POST',
        `${base}/events`,
        { clientKey: crypto.randomUUID(), type: 'offer_accepted', occurredOn: '2026-01-11', offerId },
      ],
      ['GET', `${base}/letters/${offerId}`],
      ['GET', `${base}/letters/${offerId}/pdf`],
      ['POST', `${base}/letters`, { offerId, method: 'print' }],
      [
        'POST',
        `${base}/followups`,
        { clientKey: crypto.randomUUID(), kind: 'contact', occurredOn: '2026-01-11' },
      ],
      [
        'POST',
        `${base}/referrals`,
        {
          clientKey: crypto.randomUUID(),
          activityId: refs.activityId,
          referredOn: '2026-01-11',
          consentGivenOn: '2026-01-11',
          forStatistics: true,
        },
      ],
    ];
    for (const [method, url, body] of attempts) {
      const response = await call(t, outsider, method, url, body);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(404);
    }
    const list = await call(t, outsider, 'GET', '/api/v1/rehousing/households');
    expect(list.statusCode).toBe(200);
    expect(list.json().households).toEqual([]);
    const detail = (await call(t, member, 'GET', base)).json();
    expect(detail.household.contactName).toBe('Husstand Test (fiktiv)');
    expect(detail.events).toHaveLength(2);
    expect(detail.followups).toEqual([]);
  });

  it('lets the leader see every household of the plan, and only the leader erase', async () => {
    expect((await call(t, leader, 'GET', `/api/v1/rehousing/households/${householdId}`)).statusCode).toBe(
      200,
    );
    const denied = await call(t, member, 'POST', `/api/v1/rehousing/households/${householdId}/erase`, {
      confirm: true,
    });
    expect(denied.statusCode).toBe(403);
    const erased = await call(t, leader, 'POST', `/api/v1/rehousing/households/${householdId}/erase`, {
      confirm: true,
    });
    expect(erased.statusCode).toBe(204);
    const after = (await call(t, leader, 'GET', `/api/v1/rehousing/households/${householdId}`)).json();
    expect(after.household.contactName).toBeNull();
    expect(after.household.erasedAt).not.toBeNull();
    // Still counted, anonymously, in the status table.
    const status = (await call(t, leader, 'GET', '/api/v1/rehousing/status?date=2026-01-31')).json();
    expect(status.table.cells.offered).toBe(1);
  });

  it('shows the reader and the administrator only the discretion-safe table', async () => {
    const reader = (await addMember(t, 'reader', 'laeser@helhed.test', null)).session;
    const admin = (await addMember(t, 'admin', 'admin2@helhed.test', null)).session;
    for (const session of [reader, admin]) {
      const status = (await call(t, session, 'GET', '/api/v1/rehousing/status?date=2026-01-31')).json();
      expect(status.table.exact).toBe(false);
      expect(status.table.cells.offered).toBe('x');
      expect((await call(t, session, 'GET', `/api/v1/rehousing/households/${householdId}`)).statusCode).toBe(
        403,
      );
    }
  });
});
