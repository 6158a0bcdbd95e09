import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { datasetSpan, type SyntheticOptions } from './options.ts';
import { KIND, lit, pick } from './sql-functions.ts';
import { CONTACT_KINDS, GOAL_TEXTS, OUTCOMES, REFERRAL_SOURCES } from './vocabulary.ts';

// Participants with consent, referrals, forløb with goals, and the contacts logged on them: one
// INSERT … SELECT over generate_series per table. Row n's values come from pg_temp.syn_r(n, salt),
// so a forløb's dates are recomputed (not joined) wherever a child row needs them.

/** Runs the generated statements in one transaction and counts the rows written per table. */
export class Loader {
  readonly counts: Record<string, number> = {};
  constructor(
    readonly db: Db,
    private readonly progress: (table: string, rows: number, ms: number) => void = () => undefined,
  ) {}

  async exec(text: string): Promise<number> {
    const result = await sql.raw(text).execute(this.db);
    return Number(result.numAffectedRows ?? 0n);
  }

  async load(table: string, text: string): Promise<void> {
    const started = performance.now();
    const rows = await this.exec(text);
    this.counts[table] = (this.counts[table] ?? 0) + rows;
    this.progress(table, rows, performance.now() - started);
  }
}

const R = 'pg_temp.syn_r';
const U = 'pg_temp.syn_uid';

export function spanSql(options: SyntheticOptions) {
  const { start, days } = datasetSpan(options);
  return { d0: `'${start}'::date`, days };
}

export async function insertPeople(loader: Loader, options: SyntheticOptions): Promise<void> {
  const { d0, days } = spanSql(options);
  const residents = options.residents;
  const cases = options.cases;
  const person = `from generate_series(0, ${residents - 1}::bigint) as i
      join syn_plan p on p.pidx = pg_temp.syn_pidx(i)`;
  await loader.load(
    'participant',
    `insert into participant (id, plan_id, team_id, display_name, birth_year, gender, area_id, department_id,
                              created_at, updated_at)
     select ${U}(${KIND.participant}, i), p.plan_id, t.team_id, 'Syntetisk deltager ' || (i + 1),
            2012 - floor(power(${R}(i, 21), 1.4) * 62)::integer,
            ${pick(`${R}(i, 22)`, [
              ["'female'", 52],
              ["'male'", 44],
              ["'other'", 1],
              ["'unspecified'", 3],
            ])},
            a.area_id, a.depts[1 + floor(${R}(i, 24) * cardinality(a.depts))::integer],
            (${d0} + pg_temp.syn_arrival(i)) + time '10:00', (${d0} + pg_temp.syn_arrival(i)) + time '10:00'
     ${person}
     join syn_area a on a.pidx = p.pidx and a.aidx = floor(${R}(i, 20) * p.n_a)::integer
     join syn_team t on t.pidx = p.pidx and t.tidx = floor(${R}(i, 23) * p.n_t)::integer`,
  );
  await loader.load(
    'participant_consent',
    `insert into participant_consent (id, plan_id, participant_id, given_on, for_registration, for_statistics,
                                      for_partner_contact, partner_names, withdrawn_on, created_at)
     select ${U}(${KIND.consent}, i), p.plan_id, ${U}(${KIND.participant}, i), ${d0} + pg_temp.syn_arrival(i),
            true, ${R}(i, 25) < 0.92, ${R}(i, 26) < 0.55,
            case when ${R}(i, 26) < 0.55 then 'Jobcenter og uddannelsesvejledning' end,
            case when ${R}(i, 27) < 0.02
                 then ${d0} + least(${days - 1}, pg_temp.syn_arrival(i) + 30 + floor(${R}(i, 28) * 300)::integer) end,
            (${d0} + pg_temp.syn_arrival(i)) + time '10:00'
     ${person}`,
  );
  if (cases === 0) return;
  const caseRows = `from generate_series(0, ${cases - 1}::bigint) as j
      cross join lateral (select pg_temp.syn_case_person(j) as i, pg_temp.syn_case_start(j) as s,
                                 pg_temp.syn_case_end(j) as e) as c
      join syn_plan p on p.pidx = pg_temp.syn_pidx(c.i)
      join syn_activity act on act.pidx = p.pidx and act.k = floor(${R}(j, 8) * p.n_ca)::integer`;
  await loader.load(
    'referral',
    `insert into referral (id, plan_id, participant_id, source, source_other, referred_on, activity_id, decision,
                           decided_on, created_at)
     select ${U}(${KIND.referral}, j), p.plan_id, ${U}(${KIND.participant}, c.i),
            ${pick(`${R}(j, 11)`, REFERRAL_SOURCES)}, case when ${R}(j, 11) >= 0.94 then 'Boligforeningen' end,
            ${d0} + greatest(pg_temp.syn_arrival(c.i), c.s - floor(${R}(j, 12) * 21)::integer),
            act.activity_id, 'accepted', ${d0} + c.s, (${d0} + c.s) + time '09:00'
     ${caseRows}
     where ${R}(j, 10) < 0.6`,
  );
  // Referrals that did not become a forløb: declined, or still pending near the end of the dataset.
  const extra = Math.floor(cases / 8);
  if (extra > 0) {
    await loader.load(
      'referral',
      `insert into referral (id, plan_id, participant_id, source, referred_on, activity_id, decision, decided_on,
                             created_at)
       select ${U}(${KIND.referral}, ${cases}::bigint + m), p.plan_id, ${U}(${KIND.participant}, x.i),
              ${pick(
                `${R}(m, 31)`,
                REFERRAL_SOURCES.filter(([s]) => s !== "'other'"),
              )}, ${d0} + x.d,
              act.activity_id, case when x.d > ${days - 45} then 'pending' else 'declined' end,
              case when x.d <= ${days - 45} then ${d0} + x.d + 7 end, (${d0} + x.d) + time '09:00'
       from generate_series(0, ${extra - 1}::bigint) as m
       cross join lateral (select floor(${R}(m, 30) * ${residents})::bigint as i) as xi
       cross join lateral (select xi.i, pg_temp.syn_arrival(xi.i)
                                  + floor(${R}(m, 32) * (${days} - pg_temp.syn_arrival(xi.i)))::integer as d) as x
       join syn_plan p on p.pidx = pg_temp.syn_pidx(x.i)
       join syn_activity act on act.pidx = p.pidx and act.k = floor(${R}(m, 33) * p.n_ca)::integer`,
    );
  }
  await loader.load(
    'support_case',
    `insert into support_case (id, plan_id, participant_id, team_id, activity_id, referral_id, area_id, started_on,
                               status, ended_on, outcome, created_at, updated_at)
     select ${U}(${KIND.supportCase}, j), p.plan_id, ${U}(${KIND.participant}, c.i), act.team_id, act.activity_id,
            case when ${R}(j, 10) < 0.6 then ${U}(${KIND.referral}, j) end, a.area_id, ${d0} + c.s,
            case when c.e is not null then 'closed' when ${R}(j, 5) < 0.15 then 'retention' else 'open' end,
            ${d0} + c.e, case when c.e is not null then ${pick(`${R}(j, 6)`, OUTCOMES)} end,
            (${d0} + c.s) + time '10:00', (${d0} + coalesce(c.e, c.s)) + time '10:00'
     ${caseRows}
     join syn_area a on a.pidx = p.pidx and a.aidx = floor(${R}(c.i, 20) * p.n_a)::integer`,
  );
  const goals = GOAL_TEXTS.map((text, n) => [lit(text), 1 + (n % 3)] as const);
  await loader.load(
    'support_case_goal',
    `insert into support_case_goal (id, plan_id, case_id, text, agreed_on, achieved, created_at)
     select ${U}(${KIND.goal}, j), p.plan_id, ${U}(${KIND.supportCase}, j), ${pick(`${R}(j, 15)`, goals)},
            ${d0} + c.s, c.e is not null and ${R}(j, 16) < 0.55, (${d0} + c.s) + time '10:30'
     from generate_series(0, ${cases - 1}::bigint) as j
     cross join lateral (select pg_temp.syn_case_person(j) as i, pg_temp.syn_case_start(j) as s,
                                pg_temp.syn_case_end(j) as e) as c
     join syn_plan p on p.pidx = pg_temp.syn_pidx(c.i)
     where ${R}(j, 14) < 0.6`,
  );
  if (options.contacts === 0) return;
  await loader.load(
    'support_case_contact',
    `insert into support_case_contact (id, plan_id, case_id, occurred_on, kind, created_at)
     select ${U}(${KIND.contact}, k), p.plan_id, ${U}(${KIND.supportCase}, c.j), ${d0} + c.o,
            ${pick(`${R}(k, 41)`, CONTACT_KINDS)}, (${d0} + c.o) + time '12:00'
     from generate_series(0, ${options.contacts - 1}::bigint) as k
     cross join lateral (select k * ${cases} / ${options.contacts} as j) as cj
     cross join lateral (select cj.j, pg_temp.syn_case_start(cj.j) + floor(${R}(k, 40)
                           * (coalesce(pg_temp.syn_case_end(cj.j), ${days - 1}) - pg_temp.syn_case_start(cj.j) + 1))::integer as o) as c
     join syn_plan p on p.pidx = pg_temp.syn_pidx(pg_temp.syn_case_person(c.j))`,
  );
  return;
}
