import { sql } from 'kysely';
import { addPlan } from '../../../../test/build-test-app.ts';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { insertPlanContent, type PlanContentSeed } from '../../plan/index.ts';

// A second plan in the installation for the plans side by side: one boligområde, two fixed
// indicators (one with the same key as the Odense plan's, one count of persons) and one delmål
// indicator that is not fixed and must never be compared.

const baseline = (scope: 'plan' | 'other', label: string, value: number) => ({
  scope,
  areaSlug: null,
  label,
  value,
  status: 'given' as const,
  qualifier: null,
  asWritten: null,
  note: null,
});

const indicator = (
  key: string,
  name: string,
  unit: 'pct' | 'count',
  baselines: ReturnType<typeof baseline>[],
) => ({
  key,
  name,
  unit,
  baselineYear: '2023',
  baselineYearNote: null,
  dataSource: 'Beboerdata, LBF',
  measurement: null,
  note: null,
  footnotes: [],
  areasNotListed: [],
  baselines,
});

export const SECOND_PLAN: PlanContentSeed = {
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
    focusAreas: [],
  },
  indicators: {
    goals: [
      {
        level: 'overordnet',
        focusAreaSlug: null,
        text: 'Flere bliver tilknyttet arbejdsmarkedet',
        source: null,
        note: null,
        indicators: [
          indicator('ovr-15-29-restgruppen', 'Andel 15-29-årige i restgruppen', 'pct', [
            baseline('plan', 'Alle boligområder', 18),
            baseline('other', 'Aarhus Kommune', 10),
          ]),
          indicator('aarhus-beboere-i-job', 'Antal beboere, der er kommet i job', 'count', []),
        ],
      },
      {
        level: 'delmaal',
        focusAreaSlug: null,
        text: 'Et delmål, der ikke er fast',
        source: null,
        note: null,
        indicators: [indicator('aarhus-delmaal', 'Andel i et lokalt forløb', 'pct', [])],
      },
    ],
    inconsistencies: [],
  },
  activities: { activities: [] },
};

/** Adds a plan with SECOND_PLAN's content; returns its id. */
export async function addSecondPlan(db: Db, slug: string): Promise<string> {
  const planId = await addPlan(db, slug);
  await withTransaction(db, systemActor('test'), (trx) => insertPlanContent(trx, planId, SECOND_PLAN));
  return planId;
}

/** Enters an indicator's value for the plan's first boligområde (by the indicator's key). */
export async function enterValue(db: Db, planId: string, key: string, year: number, value: number) {
  await withTransaction(db, systemActor('test', planId), (trx) =>
    sql`insert into plan_indicator_value (plan_id, indicator_id, area_id, year, value, source)
        select i.plan_id, i.id, (select a.id from plan_area a where a.plan_id = i.plan_id order by a.position limit 1),
               ${year}, ${value}, 'test'
          from plan_indicator i where i.plan_id = ${planId}::uuid and i.key = ${key}`.execute(trx),
  );
}
