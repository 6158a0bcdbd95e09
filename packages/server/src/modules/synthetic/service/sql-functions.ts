import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { datasetSpan, optionsTag, type SyntheticOptions } from './options.ts';

// The generator's pseudo-random numbers and ids are pure functions of (seed, index, salt), computed
// by PostgreSQL's stable hash function hashint8extended. A row's values therefore do not depend on
// the order rows are produced in, on parallel workers, or on the server version: the same seed and
// options give byte-identical rows on PostgreSQL 15 and 18. The functions live in pg_temp, so they
// vanish with the session and never become part of the schema.

/** Id kinds: the 4 hex digits after the seed in every generated uuid. */
export const KIND = {
  plan: 1,
  area: 2,
  department: 3,
  focusArea: 4,
  activity: 5,
  activitySession: 6,
  team: 7,
  participant: 10,
  consent: 11,
  referral: 12,
  supportCase: 13,
  goal: 14,
  contact: 15,
  course: 19,
  session: 20,
  enrolment: 21,
  attendance: 22,
  volunteer: 30,
  safetyContact: 31,
  cksMeeting: 32,
} as const;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** The uuid the generator gives row `n` of `kind` (also computed in SQL by pg_temp.syn_uid). */
export function syntheticUuid(options: SyntheticOptions, kind: number, n: number): string {
  const h = `${hex(options.seed, 8)}${hex(kind, 4)}8${hex(optionsTag(options), 3)}8000${hex(n, 12)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export async function createGeneratorFunctions(db: Db, options: SyntheticOptions): Promise<void> {
  const { days } = datasetSpan(options);
  const seedBase = options.seed * 1_000_003;
  const prefix = hex(options.seed, 8);
  const tag = hex(optionsTag(options), 3);
  const r = options.residents;
  const f = Math.max(options.cases, 1);
  const p = options.plans;
  const body = (text: string) => sql.raw(`$$ select ${text} $$`);
  const fn = (signature: string, returns: string, text: string) =>
    sql`create or replace function ${sql.raw(`pg_temp.${signature}`)} returns ${sql.raw(returns)}
        language sql immutable parallel safe as ${body(text)}`.execute(db);
  await fn(
    'syn_r(n bigint, salt integer)',
    'double precision',
    `(hashint8extended(n, ${seedBase}::bigint + salt) & 2147483647)::double precision / 2147483648.0`,
  );
  await fn(
    'syn_uid(kind integer, n bigint)',
    'uuid',
    `('${prefix}' || lpad(to_hex(kind), 4, '0') || '8${tag}8000' || lpad(to_hex(n), 12, '0'))::uuid`,
  );
  // Day offsets from the dataset's first day (0 … days-1).
  await fn('syn_pidx(i bigint)', 'integer', `(i * ${p} / ${r})::integer`);
  await fn('syn_arrival(i bigint)', 'integer', `floor(pg_temp.syn_r(i, 1) * ${days} * 0.8)::integer`);
  await fn('syn_case_person(j bigint)', 'bigint', `j * ${r} / ${f}`);
  await fn(
    'syn_case_start(j bigint)',
    'integer',
    `pg_temp.syn_arrival(j * ${r} / ${f})
       + floor(pg_temp.syn_r(j, 2) * (${days} - pg_temp.syn_arrival(j * ${r} / ${f})))::integer`,
  );
  // About seven in ten forløb end after two weeks to fifteen months; the rest are still open.
  await fn(
    'syn_case_end(j bigint)',
    'integer',
    `case when pg_temp.syn_r(j, 3) < 0.72
            and pg_temp.syn_case_start(j) + 14 + floor(pg_temp.syn_r(j, 4) * 450)::integer < ${days}
          then pg_temp.syn_case_start(j) + 14 + floor(pg_temp.syn_r(j, 4) * 450)::integer end`,
  );
}

/** A CASE expression that picks a value by cumulative weights, for a random number `r` in [0, 1). */
export function pick(r: string, weighted: ReadonlyArray<readonly [string, number]>): string {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const branches = weighted.slice(0, -1).map(([value, w]) => {
    cumulative += w / total;
    return `when ${r} < ${cumulative.toFixed(6)} then ${value}`;
  });
  return `case ${branches.join(' ')} else ${weighted[weighted.length - 1]?.[0]} end`;
}

/** A SQL text literal (only for the generator's own fixed vocabulary, never for input). */
export const lit = (text: string) => `'${text.replaceAll("'", "''")}'`;
