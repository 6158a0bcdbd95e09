import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { countRows } from '../../../../test/count-rows.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Changes by leader and admin: validated, written with the actor, and kept in the plan's history.
describe.each(TEST_DATABASES)('plan changes on %s', (kind) => {
  let t: TestApp;
  const s: Record<'leader' | 'admin' | 'worker' | 'reader', Session> = {} as never;
  let subAgreementId: string;
  let activityId: string;
  const send = (session: Session, method: 'POST' | 'PATCH' | 'PUT' | 'GET', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: as(session, method), payload: payload as object });
  const changeCount = () => countRows(t.db, 'plan_change');

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const role of ['leader', 'admin', 'worker', 'reader'] as const) {
      await addUser(t.db, t.planId, role, `${role}@edit.dk`);
      s[role] = await signIn(t.app, `${role}@edit.dk`);
    }
    const focus = (await send(s.worker, 'GET', '/api/v1/plan/focus-areas/beskaeftigelse')).json();
    subAgreementId = focus.subAgreement.id;
    activityId = focus.activities[0].id;
  });
  afterAll(() => t.close());

  it('a leader revises a delaftale; the history names the leader with before and after', async () => {
    const response = await send(s.leader, 'PATCH', `/api/v1/plan/sub-agreements/${subAgreementId}`, {
      weeklyStaffHours: 225.5,
      staffHours: [{ label: 'Beskæftigelsesrådgivere', weeklyHours: 148 }],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ weeklyStaffHours: 225.5, staffHoursLinesTotal: 148 });
    const history = (await send(s.reader, 'GET', '/api/v1/plan/changes?limit=5')).json();
    expect(history.changes[0]).toMatchObject({
      actorEmail: 'leader@edit.dk',
      entityType: 'subAgreement',
      entityId: subAgreementId,
      entityLabel: 'Delaftale for indsatsområdet Beskæftigelse',
      operation: 'update',
    });
    expect(history.changes[0].changedFields).toContainEqual({
      field: 'weeklyStaffHours',
      before: 219,
      after: 225.5,
    });
    // The first load of the plan is the baseline, not part of the history: this is the only change.
    expect(history.total).toBe(1);
  });

  it('refuses invalid changes with Danish messages and changes nothing', async () => {
    const before = await changeCount();
    const hours = await send(s.admin, 'PATCH', `/api/v1/plan/sub-agreements/${subAgreementId}`, {
      weeklyStaffHours: -3,
    });
    expect(hours.statusCode).toBe(400);
    expect(hours.json().error.details).toContainEqual({
      field: 'weeklyStaffHours',
      message: 'Timer pr. uge skal være et tal fra 0 til 10.000.',
    });
    const empty = await send(s.admin, 'PATCH', `/api/v1/plan/activities/${activityId}`, {});
    expect(empty.statusCode).toBe(400);
    const badArea = await send(s.admin, 'POST', '/api/v1/plan/activities', {
      clientKey: crypto.randomUUID(),
      name: 'Lektiecafé',
      focusAreaSlug: 'beskaeftigelse',
      targetGroups: [{ description: 'børn', areaSlug: 'atlantis', count: 3 }],
    });
    expect(badArea.statusCode).toBe(400);
    expect(badArea.json().error.details).toEqual([
      { field: 'targetGroups.0.areaSlug', message: 'Ukendt boligområde.' },
    ]);
    const badValue = await send(
      s.admin,
      'PUT',
      '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen/values',
      {
        values: [
          { areaSlug: 'vollsmose', year: 2024, value: 61.2 },
          { areaSlug: 'rising', year: 2024, value: 120 },
        ],
      },
    );
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json().error.details).toEqual([
      { field: 'values.1.value', message: 'Værdien 120 er en procent og skal ligge mellem 0 og 100.' },
    ]);
    const badYear = await send(
      s.admin,
      'PUT',
      '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen/values',
      {
        values: [{ areaSlug: 'vollsmose', year: 1850, value: 50 }],
      },
    );
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().error.details[0].message).toBe('Året skal være et helt tal mellem 2000 og 2100.');
    expect(await changeCount()).toBe(before);
    const indicator = (
      await send(s.admin, 'GET', '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen')
    ).json();
    expect(indicator.values).toEqual([]);
  });

  it('creates an activity once per clientKey and edits it; every child change is in the history', async () => {
    const clientKey = crypto.randomUUID();
    const body = {
      clientKey,
      name: 'Lektiecafé i Rising',
      focusAreaSlug: 'uddannelse-og-livschancer',
      purposes: ['Bedre karakterer'],
      targetGroups: [{ description: 'skoleelever 10-16 år', areaSlug: 'Rising', count: 40 }],
      sessions: [{ number: 1, title: 'Opstart' }],
      weeklyStaffHours: 6,
    };
    const created = await send(s.admin, 'POST', '/api/v1/plan/activities', body);
    expect(created.statusCode, created.body).toBe(201);
    const replay = await send(s.admin, 'POST', '/api/v1/plan/activities', body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().id).toBe(created.json().id);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({
      purposes: ['Bedre karakterer'],
      targetGroups: [{ description: 'skoleelever 10-16 år', areaSlug: 'rising', count: 40 }],
      sessions: [{ number: 1, title: 'Opstart', description: null, topics: [] }],
    });
    const patched = await send(s.leader, 'PATCH', `/api/v1/plan/activities/${id}`, {
      name: 'Lektiecafé i Rising og Ejerslykke',
      purposes: ['Bedre karakterer', 'Flere i ungdomsuddannelse'],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().purposes).toEqual(['Bedre karakterer', 'Flere i ungdomsuddannelse']);
    // Plan texts are published: a CPR number in any spelling is refused and nothing changes.
    for (const purpose of ['Kontakt: 010203-1234', 'Født ０１０２０３－１２３４', 'cpr 01.02.03 1234']) {
      const refused = await send(s.leader, 'PATCH', `/api/v1/plan/activities/${id}`, { purposes: [purpose] });
      expect(refused.statusCode, purpose).toBe(400);
      expect(refused.body).toContain('CPR');
    }
    const { changes } = (await send(s.leader, 'GET', '/api/v1/plan/changes?limit=20')).json();
    const mine = changes.filter(
      (c: { entityId: string; entityLabel: string }) =>
        c.entityId === id || c.entityLabel === 'Lektiecafé i Rising og Ejerslykke',
    );
    expect(
      mine.map((c: { actorEmail: string; entityType: string; operation: string }) => [
        c.actorEmail,
        c.entityType,
        c.operation,
      ]),
    ).toEqual([
      ['leader@edit.dk', 'activityPurpose', 'create'],
      ['leader@edit.dk', 'activityPurpose', 'create'],
      ['leader@edit.dk', 'activityPurpose', 'delete'],
      ['leader@edit.dk', 'activity', 'update'],
      ['admin@edit.dk', 'activitySession', 'create'],
      ['admin@edit.dk', 'activityTargetGroup', 'create'],
      ['admin@edit.dk', 'activityPurpose', 'create'],
      ['admin@edit.dk', 'activity', 'create'],
    ]);
    const rename = mine.find(
      (c: { operation: string; entityType: string }) =>
        c.entityType === 'activity' && c.operation === 'update',
    );
    expect(rename.changedFields).toEqual([
      { field: 'name', before: 'Lektiecafé i Rising', after: 'Lektiecafé i Rising og Ejerslykke' },
    ]);
  });

  it('enters indicator values with the actor and keeps them in the history', async () => {
    const url = '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen/values';
    const response = await send(s.leader, 'PUT', url, {
      values: [
        { areaSlug: 'vollsmose', year: 2024, value: 61.2, source: 'Beboerdata, LBF 2024' },
        { areaSlug: 'korsloekken', year: 2024, value: null },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().values).toEqual([
      expect.objectContaining({
        areaSlug: 'vollsmose',
        year: 2024,
        value: 61.2,
        changedBy: 'leader@edit.dk',
      }),
      expect.objectContaining({ areaSlug: 'korsloekken', year: 2024, value: null }),
    ]);
    const { changes } = (await send(s.admin, 'GET', '/api/v1/plan/changes?limit=2')).json();
    const vollsmose = changes.find((c: { entityLabel: string }) => c.entityLabel.includes('Vollsmose'));
    expect(vollsmose.changedFields).toEqual([
      { field: 'area', before: null, after: 'Vollsmose' },
      { field: 'source', before: null, after: 'Beboerdata, LBF 2024' },
      { field: 'value', before: null, after: 61.2 },
      { field: 'year', before: null, after: 2024 },
    ]);
    expect(changes.map((c: { parentEntityId: string }) => c.parentEntityId)).toEqual([
      'udd-18-29-uddannelse-udover-grundskolen',
      'udd-18-29-uddannelse-udover-grundskolen',
    ]);
    expect(changes.map((c: { entityLabel: string }) => c.entityLabel).sort()).toEqual([
      'Andel 18-29-årige der har gennemført uddannelse udover grundskolen – Korsløkken – 2024',
      'Andel 18-29-årige der har gennemført uddannelse udover grundskolen – Vollsmose – 2024',
    ]);
  });

  it('lets worker and reader read but never change; the worker cannot read the history', async () => {
    for (const role of ['worker', 'reader'] as const) {
      const denied = [
        await send(s[role], 'PATCH', `/api/v1/plan/sub-agreements/${subAgreementId}`, {
          weeklyStaffHours: 1,
        }),
        await send(s[role], 'PATCH', `/api/v1/plan/activities/${activityId}`, { name: 'X' }),
        await send(s[role], 'POST', '/api/v1/plan/activities', {
          clientKey: crypto.randomUUID(),
          name: 'X',
          focusAreaSlug: 'beskaeftigelse',
        }),
        await send(s[role], 'PUT', '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen/values', {
          values: [{ areaSlug: 'vollsmose', year: 2025, value: 1 }],
        }),
      ];
      expect(denied.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
      expect((await send(s[role], 'GET', '/api/v1/plan')).statusCode).toBe(200);
    }
    expect((await send(s.reader, 'GET', '/api/v1/plan/changes')).statusCode).toBe(200);
    expect((await send(s.worker, 'GET', '/api/v1/plan/changes')).statusCode).toBe(403);
  });
});
