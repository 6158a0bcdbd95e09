import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

export const SYNTHETIC_TABLES = [
  'participant',
  'participant_consent',
  'referral',
  'support_case',
  'support_case_goal',
  'support_case_contact',
  'group_course',
  'group_session',
  'group_enrolment',
  'group_attendance',
  'volunteer',
  'safety_contact',
  'cks_meeting',
] as const;

/** Row count and an md5 over every whole row (ids included) per table, for the given plans. */
export async function fingerprint(db: Db, planIds: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of ['plan_area', 'plan_activity', 'team', ...SYNTHETIC_TABLES]) {
    const { rows } = await sql<{ n: string; hash: string | null }>`
      select count(*) as n, md5(string_agg(t::text, '|' order by t.id)) as hash
        from ${sql.table(table)} t where t.plan_id = any(${planIds}::uuid[])`.execute(db);
    result[table] = `${rows[0]?.n}:${rows[0]?.hash ?? ''}`;
  }
  return result;
}

/** The forløb's content without ids: dates, status and outcome, sorted. */
export async function caseContent(db: Db, planIds: string[]): Promise<string> {
  const { rows } = await sql<{ hash: string }>`
    select md5(string_agg(concat_ws(',', started_on, ended_on, status, outcome), '|'
                          order by started_on, ended_on, status, outcome)) as hash
      from support_case where plan_id = any(${planIds}::uuid[])`.execute(db);
  return rows[0]?.hash ?? '';
}

export async function countRows(db: Db): Promise<number> {
  let total = 0;
  for (const table of ['plan', 'audit_event', 'synthetic_dataset', ...SYNTHETIC_TABLES]) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    total += Number(rows[0]?.n);
  }
  return total;
}
