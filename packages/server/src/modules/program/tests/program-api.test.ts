import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithUser, as, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { seedOdensePlan } from '../../../first-start.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { rowCount } from './support.ts';

const GOALS = [
  'Vollsmose skal gå fra at være et boligområde til at være en bydel i Odense',
  'Styrket civilsamfund',
  'Højere uddannelsesniveau',
  'Flere i arbejde',
  'Højere indtægtsniveau',
  'Mindre kriminalitet',
  'Større tryghed',
  'Mere blandet beboersammensætning',
];

interface Series {
  key: string;
  points: { year: number; value: number; shownValue: number; converted: boolean; source: string }[];
  breaks: { fromYear: number; toYear: number; before: { key: string }; after: { key: string } }[];
}

// Program Vollsmose on both databases: the seed, series with breaks, the plan register, the report.
describe.each(TEST_DATABASES)('Program Vollsmose on %s', (kind) => {
  let t: TestApp;
  let reader: Session;
  const get = async (url: string, session = reader) => {
    const response = await t.app.inject({ method: 'GET', url, headers: as(session) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  beforeAll(async () => {
    ({ t, session: reader } = await appWithUser(kind, 'program_reader', 'oeu@program.dk'));
  });
  afterAll(() => t.close());

  it("lists the byråd's eight goals in its wording, owned by Økonomiudvalget", async () => {
    const { programs } = await get('/api/v1/programs');
    expect(programs).toEqual([{ slug: 'vollsmose', name: 'Program Vollsmose', owner: 'Økonomiudvalget' }]);
    const program = await get('/api/v1/programs/vollsmose');
    expect(program.decidedOn).toBe('2012-12-12');
    expect(program.goals.map((g: { text: string }) => g.text)).toEqual(GOALS);
  });

  it('"Flere i arbejde" shows 2012 and 2021 with a definition break between them', async () => {
    const goal = await get('/api/v1/programs/vollsmose/goals/4');
    expect(goal.text).toBe('Flere i arbejde');
    const [withoutWork, public3064] = goal.series as Series[];
    expect(withoutWork?.points.map((p) => [p.year, p.value])).toEqual([
      [2012, 53.7],
      [2021, 36.76],
    ]);
    expect(withoutWork?.breaks).toHaveLength(1);
    expect(withoutWork?.breaks[0]).toMatchObject({
      fromYear: 2012,
      toYear: 2021,
      before: { key: 'uden-tilknytning-kriterium-2012' },
      after: { key: 'uden-tilknytning-18-64-seks-omraader' },
    });
    expect(public3064?.points).toMatchObject([{ year: 2021, value: 58.99 }]);
    expect(withoutWork?.points[0]?.source).toContain('002');
    expect(goal.activities.map((a: { name: string }) => a.name)).toContain('Beskæftigelsesrådgivning');
  });

  it('joins one definition across documents and breaks, unconverted, where the population differs', async () => {
    const mixed = (await get('/api/v1/programs/vollsmose/goals/8')).series[0] as Series;
    expect(mixed.points.map((p) => [p.year, p.value])).toEqual([
      [2012, 67.5],
      [2023, 77.4],
    ]);
    expect(mixed.breaks).toEqual([]);
    const crime = (await get('/api/v1/programs/vollsmose/goals/6')).series[0] as Series;
    expect(crime.points.map((p) => [p.year, p.shownValue, p.converted])).toEqual([
      [2012, 375, false],
      [2022, 1.95, false],
    ]);
    expect(crime.breaks).toHaveLength(1);
  });

  it('takes a value entered later in the plan into the linked series', async () => {
    const area = await t.db
      .selectFrom('plan_area')
      .select('id')
      .where('plan_id', '=', t.planId)
      .where('slug', '=', 'vollsmose')
      .executeTakeFirstOrThrow();
    const indicator = await t.db
      .selectFrom('plan_indicator')
      .select('id')
      .where('plan_id', '=', t.planId)
      .where('key', '=', 'besk-offentligt-forsoergede-30-64')
      .executeTakeFirstOrThrow();
    await withTransaction(t.db, systemActor('test'), (trx) =>
      trx
        .insertInto('plan_indicator_value')
        .values({
          plan_id: t.planId,
          indicator_id: indicator.id,
          area_id: area.id,
          year: 2025,
          value: 55.1,
          source: 'test',
        })
        .execute(),
    );
    const series = (await get('/api/v1/programs/vollsmose/goals/4')).series[1] as Series;
    expect(series.points.map((p) => [p.year, p.value])).toEqual([
      [2021, 58.99],
      [2025, 55.1],
    ]);
    expect(series.breaks).toEqual([]);
  });

  it('keeps five plans for Vollsmose with the 2016-2020 budget split and its LBF focus areas', async () => {
    const { plans } = await get('/api/v1/programs/vollsmose/plans');
    expect(plans.map((p: { startYear: number; endYear: number }) => `${p.startYear}-${p.endYear}`)).toEqual([
      '2001-2007',
      '2008-2012',
      '2012-2016',
      '2016-2020',
      '2024-2028',
    ]);
    const p2016 = plans[3];
    expect(p2016).toMatchObject({
      budgetTotal: 46_000_000,
      budgetLbf: 35_000_000,
      budgetLocalMin: 11_000_000,
      localShareMinPct: 25,
      lbfFocusAreas: [
        'Forebyggelse og forældreansvar',
        'Tryghed og trivsel',
        'Kriminalpræventiv indsats',
        'Uddannelse og beskæftigelse',
      ],
    });
    expect(p2016.activities).toHaveLength(17);
    const jobs = p2016.activities.find((a: { name: string }) => a.name === 'Fritids- og studiejobrådgivning');
    expect(jobs.continuedBy.map((a: { name: string }) => a.name)).toEqual(['Fritidsjobrådgivning']);
  });

  it('loads the program once: a second start adds nothing', async () => {
    const count = () => rowCount(t.db, 'program_point');
    const before = await count();
    await seedOdensePlan(t.db);
    expect(await count()).toBe(before);
    const plans = await t.db.selectFrom('plan').select('slug').orderBy('slug').execute();
    expect(plans.map((p) => p.slug)).toEqual(['odense-2024-2028', 'vollsmose-2016-2020']);
  });

  it('gives the program report as JSON and a PDF with the same figures', async () => {
    const report = await get('/api/v1/programs/vollsmose/report?quarter=2025-Q1');
    expect(report.quarter).toBe('2025-Q1');
    expect(report.goals).toHaveLength(8);
    const crimeGoal = report.goals[5];
    expect(crimeGoal.deliveries.map((d: { activityName: string }) => d.activityName)).toContain(
      'Fritidsjobrådgivning',
    );
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/programs/vollsmose/report.pdf?quarter=2025-Q1',
      headers: as(reader),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload).replace(/\s+/g, ' ');
    for (const figure of ['53,7 %', '36,76 %', '67,5 %', '77,4 %', '375 pr. 10.000', 'Flere i arbejde']) {
      expect(text).toContain(figure);
    }
    expect(text).toContain('Brud i serien mellem 2012 og 2021');
    const order = expectAccessiblePdf(
      response.rawPayload,
      'Program Vollsmose – rapport til Økonomiudvalget',
      [
        'H1 Program Vollsmose – rapport til Økonomiudvalget',
        'H2 Mål 1: ',
        'Figure Kurvediagram: Antal beboere – Vollsmose.',
        'P Brud i serien mellem 2012 og 2023',
        'Caption Tal over tid',
        'TH Serie',
        'TH År',
        'TH Værdi',
        'TD Antal beboere',
        'H2 Mål 2: ',
      ],
    );
    // The chart's alternative text gives the figures the drawing shows.
    expect(order.some((entry) => entry.startsWith('Figure') && entry.includes('77,4 %'))).toBe(true);
  });

  it('lets a program reader see the program but nothing personal', async () => {
    for (const url of ['/api/v1/participants', '/api/v1/cases', '/api/v1/group-courses', '/api/v1/users']) {
      const response = await t.app.inject({ method: 'GET', url, headers: as(reader) });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 403 });
    }
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/entries',
      headers: as(reader, 'POST'),
      payload: {},
    });
    expect(write.statusCode).toBe(403);
  });
});
