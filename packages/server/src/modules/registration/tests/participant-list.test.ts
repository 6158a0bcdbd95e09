import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { PARTICIPANT_SORTS } from '../contract/shared.ts';

// The participant list at more than one page: the total counts what the caller may see (never the
// plan's rows outside the scope), the pages put together are the whole list in the asked order,
// the search and the filters narrow it, and a bad page parameter is a Danish 400 that reads nothing.
type Listed = { id: string; displayName: string; birthYear: number | null; teamName: string };
type ListAnswer = { participants: Listed[]; total: number };

const FIRST = [
  'Amina',
  'Bilal',
  'Fatima',
  'Hassan',
  'Aisha',
  'Omar',
  'Leyla',
  'Yusuf',
  'Ida',
  'Søren',
  'Åse',
];
const LAST = ['Hansen', 'Ali', 'Nielsen', 'Yilmaz', 'Jensen', 'Khan', 'Møller', 'Abdi', 'Østergaard', 'Aziz'];
const OWN_TEAM = 130;
const OTHER_TEAM = 20;

describe.each(TEST_DATABASES)('the participant list in pages, on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let worker: Session;
  let otherTeamId: string;
  let activityId: string;
  let areaIds: string[];

  async function list(session: Session, query: string): Promise<ListAnswer> {
    const response = await call(t, session, 'GET', `/api/v1/participants?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ListAnswer;
  }

  async function everything(session: Session, query: string): Promise<Listed[]> {
    const all: Listed[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await list(session, `${query}&limit=200&offset=${offset}`);
      all.push(...page.participants);
      if (page.participants.length < 200) return all;
    }
  }

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const refs = await planRefs(t);
    activityId = refs.activityId;
    const teamId = await addTeam(t.db, t.planId, 'Team Nord');
    otherTeamId = await addTeam(t.db, t.planId, 'Team Syd');
    leader = (await addMember(t, 'leader', 'leder@liste.test', null)).session;
    const member = await addMember(t, 'worker', 'medarbejder@liste.test', teamId);
    worker = member.session;
    const areas = await t.db.selectFrom('plan_area').select('id').where('plan_id', '=', t.planId).execute();
    areaIds = areas.map((a) => a.id);
    await withTransaction(t.db, systemActor('test', t.planId), async (trx) => {
      const rows = Array.from({ length: OWN_TEAM + OTHER_TEAM }, (_, i) => ({
        plan_id: t.planId,
        team_id: i < OWN_TEAM ? teamId : otherTeamId,
        display_name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
        birth_year: i % 9 === 0 ? null : 1950 + ((i * 13) % 60),
        gender: 'unspecified',
        area_id: areaIds[i % areaIds.length] ?? null,
        created_at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000),
      }));
      const inserted = await trx.insertInto('participant').values(rows).returning('id').execute();
      // Every tenth of the own team has an open forløb in the activity, every fifteenth only a closed one.
      const cases = inserted.slice(0, OWN_TEAM).flatMap((p, i) =>
        i % 10 === 0 || i % 15 === 0
          ? [
              {
                plan_id: t.planId,
                participant_id: p.id,
                team_id: teamId,
                activity_id: activityId,
                started_on: '2025-03-01',
                ...(i % 10 === 0 ? {} : { status: 'closed', ended_on: '2025-09-01', outcome: 'no-change' }),
              },
            ]
          : [],
      );
      await trx.insertInto('support_case').values(cases).execute();
    });
  }, 120_000);
  afterAll(async () => t?.close());

  it('says how many there are and gives 50 at a time, counting only what the caller may see', async () => {
    const first = await list(leader, '');
    expect(first.total).toBe(OWN_TEAM + OTHER_TEAM);
    expect(first.participants).toHaveLength(50);
    const own = await list(worker, '');
    expect(own.total).toBe(OWN_TEAM);
    // A worker who filters on another team learns nothing about it, not even that it has members.
    expect(await list(worker, `teamId=${otherTeamId}`)).toEqual({ participants: [], total: 0 });
    const last = await list(worker, 'offset=100');
    expect(last.participants).toHaveLength(OWN_TEAM - 100);
    expect(last.total).toBe(OWN_TEAM);
  });

  it('puts the pages together into the whole list, in the asked order, for every sort and page size', async () => {
    const whole = new Map<string, Listed[]>();
    for (const sort of PARTICIPANT_SORTS) {
      for (const dir of ['asc', 'desc'])
        whole.set(`${sort}:${dir}`, await everything(leader, `sort=${sort}&dir=${dir}`));
    }
    for (const all of whole.values()) {
      expect(all).toHaveLength(OWN_TEAM + OTHER_TEAM);
      expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    }
    // Danish alphabetical order: Å last, after Ø and Æ, whatever the database's locale.
    const names = (whole.get('name:asc') ?? []).map((p) => p.displayName);
    const firstAa = names.findIndex((name) => name.startsWith('Åse'));
    expect(firstAa).toBeGreaterThan(0);
    expect(names.slice(firstAa).every((name) => name.startsWith('Åse'))).toBe(true);
    expect(names.slice(0, firstAa).some((name) => name.startsWith('Søren'))).toBe(true);
    const years = (whole.get('birthYear:asc') ?? []).map((p) => p.birthYear);
    const known = years.filter((y): y is number => y !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(years.slice(known.length).every((y) => y === null)).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PARTICIPANT_SORTS),
        fc.constantFrom('asc', 'desc'),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: OWN_TEAM + OTHER_TEAM + 10 }),
        async (sort, dir, limit, offset) => {
          const page = await list(leader, `sort=${sort}&dir=${dir}&limit=${limit}&offset=${offset}`);
          const expected = (whole.get(`${sort}:${dir}`) ?? []).slice(offset, offset + limit);
          expect(page.participants.map((p) => p.id)).toEqual(expected.map((p) => p.id));
          expect(page.total).toBe(OWN_TEAM + OTHER_TEAM);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds by any part of the name, by birth year, area, team, activity and status', async () => {
    const byPrefix = await everything(worker, 'q=ami');
    expect(byPrefix.length).toBeGreaterThan(0);
    expect(byPrefix.every((p) => p.displayName.toLowerCase().includes('ami'))).toBe(true);
    const byPart = await everything(worker, `q=${encodeURIComponent('østerg')}`);
    expect(byPart.length).toBeGreaterThan(0);
    expect(byPart.every((p) => p.displayName.includes('Østergaard'))).toBe(true);
    expect(await everything(worker, `q=${encodeURIComponent('ØSTERG')}`)).toEqual(byPart);
    const year = (await everything(worker, 'sort=birthYear')).find((p) => p.birthYear !== null)?.birthYear;
    const byYearText = await everything(worker, `q=${year}`);
    expect(byYearText.length).toBeGreaterThan(0);
    expect(byYearText.every((p) => p.birthYear === year)).toBe(true);
    expect((await list(worker, `birthYear=${year}`)).total).toBe(byYearText.length);
    const inArea = await list(leader, `areaId=${areaIds[0]}`);
    expect(inArea.total).toBe(Math.ceil((OWN_TEAM + OTHER_TEAM) / areaIds.length));
    expect((await list(leader, `teamId=${otherTeamId}`)).total).toBe(OTHER_TEAM);
    const open = Math.ceil(OWN_TEAM / 10);
    const closedOnly = Array.from({ length: OWN_TEAM }, (_, i) => i).filter(
      (i) => i % 15 === 0 && i % 10 !== 0,
    ).length;
    expect((await list(worker, `activityId=${activityId}`)).total).toBe(open + closedOnly);
    expect((await list(worker, 'status=in-progress')).total).toBe(open);
    expect((await list(worker, 'status=ended')).total).toBe(closedOnly);
    expect((await list(worker, 'status=no-case')).total).toBe(OWN_TEAM - open - closedOnly);
    // A search for text the names do not hold, and a LIKE wildcard, find nothing.
    expect((await list(worker, 'q=%25')).total).toBe(0);
    expect((await list(worker, 'q=_')).total).toBe(0);
  });

  it('records a read for each participant shown, not for the whole list', async () => {
    const reads = async () =>
      Number(
        (
          await t.db
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('action', '=', 'read')
            .where('entity_type', '=', 'participant')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await reads();
    await list(leader, 'limit=25');
    expect((await reads()) - before).toBe(25);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=ti', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=1.5', 'offset'],
    ['sort=password_hash', 'sort'],
    ['dir=op', 'dir'],
    ['birthYear=19x0', 'birthYear'],
    ['status=alle', 'status'],
    ['areaId=1', 'areaId'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['q=010203-1234', 'q'],
    ['what=1', ''],
  ])('refuses %s with a Danish message and reads nothing', async (query, field) => {
    const before = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await call(t, leader, 'GET', `/api/v1/participants?${query}`);
    expect(response.statusCode).toBe(400);
    const body = response.json() as {
      error: { message: string; details?: { field: string; message: string }[] };
    };
    expect(body.error.message).toBe('Oplysningerne er ikke gyldige.');
    const fields = (body.error.details ?? []).map((d) => d.field);
    if (field) expect(fields).toContain(field);
    for (const detail of body.error.details ?? [])
      expect(detail.message).not.toMatch(/expected|invalid|must/i);
    const after = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
