import type { Db } from '../../../platform/db/database.ts';

type Trx = Db;
const json = (value: unknown) => JSON.stringify(value);

export interface ActivityChildren {
  purposes?: string[];
  referralSources?: string[];
  partners?: string[];
  targetGroups?: Array<{
    description: string;
    areaId: string | null;
    count: number | null;
    asWritten?: string | null;
    source?: string | null;
  }>;
  sessions?: Array<{ number: number; title: string; description?: string | null; topics?: string[] }>;
}

/** Inserts the given child lists of an activity (a list left out is not touched). */
export async function insertActivityChildren(
  trx: Trx,
  planId: string,
  activityId: string,
  c: ActivityChildren,
): Promise<void> {
  const base = { plan_id: planId, activity_id: activityId };
  if (c.purposes?.length) {
    await trx
      .insertInto('plan_activity_purpose')
      .values(c.purposes.map((text, position) => ({ ...base, position, text })))
      .execute();
  }
  if (c.referralSources?.length) {
    await trx
      .insertInto('plan_activity_referral_source')
      .values(c.referralSources.map((name, position) => ({ ...base, position, name })))
      .execute();
  }
  if (c.partners?.length) {
    await trx
      .insertInto('plan_activity_partner')
      .values(c.partners.map((name, position) => ({ ...base, position, name })))
      .execute();
  }
  if (c.targetGroups?.length) {
    await trx
      .insertInto('plan_activity_target_group')
      .values(
        c.targetGroups.map((t, position) => ({
          ...base,
          position,
          description: t.description,
          area_id: t.areaId,
          count: t.count,
          as_written: t.asWritten ?? null,
          source: t.source ?? null,
        })),
      )
      .execute();
  }
  if (c.sessions?.length) {
    await trx
      .insertInto('plan_activity_session')
      .values(
        c.sessions.map((s) => ({
          ...base,
          number: s.number,
          title: s.title,
          description: s.description ?? null,
          topics: json(s.topics ?? []),
        })),
      )
      .execute();
  }
}
