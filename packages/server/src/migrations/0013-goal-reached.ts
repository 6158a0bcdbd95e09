import { type Kysely, sql } from 'kysely';

// Issue 17: a forløb's goal can be marked reached, with the day it was reached. Goals marked
// `achieved` before this migration keep no day (it was never asked for); a day needs `achieved`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table support_case_goal add column achieved_on date;
    alter table support_case_goal add constraint support_case_goal_achieved_on_check
      check (achieved_on is null or achieved);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table support_case_goal drop column if exists achieved_on`.execute(db);
}
