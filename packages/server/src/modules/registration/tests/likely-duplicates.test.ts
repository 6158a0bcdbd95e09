import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { duplicateScore } from '../service/duplicates.ts';
import { nameSimilarity } from '../service/name-similarity.ts';

// Issue 17: before a worker registers someone, the likely second records of that person in their
// own scope are shown. Tried as the worker of another team fishing for names, as a caller with a
// CPR number, and as the author who would like the rule to be looser than it is.

describe('names that are the same person', () => {
  it.each([
    ['Amina Hassan', 'Amina Hasan'],
    ['Amina Hassan', 'amina hassan'],
    ['Mohammed Ali', 'Muhammad Ali'],
    ['Søren Ærø', 'Soeren Aeroe'],
    ['Amina H.', 'Amina Hassan'],
    ['Hassan Amina', 'Amina Hassan'],
    ['José Ibáñez', 'Jose Ibanez'],
    ['Omar Yilmaz', 'Umar Yilmaz'],
  ])('%s ~ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.75);
  });
  it.each([
    ['Amina Hassan', 'Amira Hansen'],
    ['Omar Yilmaz', 'Ida Jensen'],
    ['Amina H.', 'Amira Hassan'],
    ['Amina Hasan', 'Amina Hansen'],
    ['Amira Hanna', 'Amina Hansen'],
    ['', 'Amina'],
    ['...', '...'],
  ])('%s is not %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.75);
  });

  it('needs the same birth year when both are known, and the same area or a very close name when not', () => {
    const amina = { display_name: 'Amina Hassan', birth_year: 1994, area_id: 'a' };
    expect(duplicateScore({ displayName: 'Amina Hasan', birthYear: 1994 }, amina)).not.toBeNull();
    expect(duplicateScore({ displayName: 'Amina Hasan', birthYear: 1995 }, amina)).toBeNull();
    expect(
      duplicateScore({ displayName: 'Amina H.', areaId: 'b' }, { ...amina, birth_year: null }),
    ).not.toBeNull();
    expect(
      duplicateScore({ displayName: 'Mohammed Ali' }, { ...amina, display_name: 'Muhammad Ali' }),
    ).toBeNull();
    const sameArea = { displayName: 'Mohammed Ali', areaId: 'a' };
    expect(duplicateScore(sameArea, { ...amina, display_name: 'Muhammad Ali' })).not.toBeNull();
    expect(duplicateScore({ displayName: 'Amina Hassan' }, { ...amina, display_name: null })).toBeNull();
  });
});

describe.each(TEST_DATABASES)('likely duplicates of a new participant, on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let worker: Session;
  let reader: Session;
  let areaId: string;
  let otherAreaId: string;
  const ids: Record<string, string> = {};

  type Answer = { participants: { id: string; displayName: string }[] };
  const ask = async (session: Session, query: string) => {
    const response = await call(t, session, 'GET', `/api/v1/participants/likely-duplicates?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as Answer).participants.map((p) => p.displayName);
  };

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const refs = await planRefs(t);
    areaId = refs.areaId;
    const other = await t.db
      .selectFrom('plan_area')
      .select('id')
      .where('plan_id', '=', t.planId)
      .where('id', '!=', areaId)
      .executeTakeFirstOrThrow();
    otherAreaId = other.id;
    const nord = await addTeam(t.db, t.planId, 'Team Nord');
    const syd = await addTeam(t.db, t.planId, 'Team Syd');
    leader = (await addMember(t, 'leader', 'leder@dubletter.test', null)).session;
    worker = (await addMember(t, 'worker', 'nord@dubletter.test', nord)).session;
    const southWorker = (await addMember(t, 'worker', 'syd@dubletter.test', syd)).session;
    reader = (await addMember(t, 'reader', 'laeser@dubletter.test', null)).session;
    const add = async (session: Session, name: string, birthYear: number | null, area = areaId) => {
      const body = { ...participantBody(refs, name), birthYear, areaId: area, departmentId: null };
      const response = await call(t, session, 'POST', '/api/v1/participants', body);
      expect(response.statusCode, response.body).toBe(201);
      ids[name] = response.json().id;
    };
    await add(worker, 'Amina Hassan', 1994);
    await add(worker, 'Amina Hansen', 1994);
    await add(worker, 'Muhammad Ali', null, otherAreaId);
    await add(worker, 'Søren Østergaard', 1961);
    await add(southWorker, 'Amina Hasan', 1994);
  }, 120_000);
  afterAll(() => t?.close());

  it('shows the worker the likely records in their own team only, most likely first', async () => {
    expect(await ask(worker, 'displayName=Amina%20Hasan&birthYear=1994')).toEqual(['Amina Hassan']);
    expect(await ask(worker, 'displayName=Amira%20Hanna&birthYear=1994')).toEqual([]);
    // Equally likely: in Danish alphabetical order, the same every time.
    expect(await ask(worker, 'displayName=Amina%20H.&birthYear=1994')).toEqual([
      'Amina Hansen',
      'Amina Hassan',
    ]);
    expect(await ask(worker, 'displayName=Amina%20Hasan&birthYear=1995')).toEqual([]);
    expect(await ask(worker, 'displayName=Soeren%20Oestergaard')).toEqual(['Søren Østergaard']);
    expect(await ask(worker, `displayName=Mohammed%20Ali&areaId=${otherAreaId}`)).toEqual(['Muhammad Ali']);
    expect(await ask(worker, `displayName=Mohammed%20Ali&areaId=${areaId}`)).toEqual([]);
  });

  it("shows the leader the whole plan, and the other team's record to nobody in Team Nord", async () => {
    const found = await ask(leader, 'displayName=Amina%20Hasan&birthYear=1994');
    expect(found).toEqual(['Amina Hasan', 'Amina Hassan']);
    expect(await ask(worker, 'displayName=Amina%20Hasan&birthYear=1994')).not.toContain('Amina Hasan');
  });

  it('records a read for each participant shown and for nobody else', async () => {
    const reads = async () =>
      (
        await t.db
          .selectFrom('audit_event')
          .select('entity_id')
          .where('action', '=', 'read')
          .where('entity_type', '=', 'participant')
          .execute()
      ).map((r) => r.entity_id);
    const before = await reads();
    expect(await ask(worker, 'displayName=Amina%20H.&birthYear=1994')).toHaveLength(2);
    const added = [...(await reads())];
    for (const id of before) added.splice(added.indexOf(id), 1);
    expect(added.sort()).toEqual([ids['Amina Hassan'], ids['Amina Hansen']].sort());
  });

  it('is not for a læser, and refuses bad questions in Danish', async () => {
    const denied = await call(t, reader, 'GET', '/api/v1/participants/likely-duplicates?displayName=Amina');
    expect(denied.statusCode).toBe(403);
    for (const [query, field] of [
      ['', 'displayName'],
      ['displayName=', 'displayName'],
      ['displayName=010203-1234', 'displayName'],
      [`displayName=${'a'.repeat(201)}`, 'displayName'],
      ['displayName=Amina&birthYear=19x4', 'birthYear'],
      ['displayName=Amina&areaId=1', 'areaId'],
    ] as const) {
      const response = await call(t, worker, 'GET', `/api/v1/participants/likely-duplicates?${query}`);
      expect(response.statusCode, query).toBe(400);
      const details = (response.json().error.details ?? []) as { field: string; message: string }[];
      expect(details.map((d) => d.field)).toContain(field);
      for (const d of details) expect(d.message).not.toMatch(/expected|invalid|must/i);
    }
  });
});
