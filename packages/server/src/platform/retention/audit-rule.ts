import { sql } from 'kysely';
import { systemActor, withTransaction } from '../db/transaction.ts';
import type { RetentionRule } from './run.ts';

/** Midnight of a Danish calendar day, as the database compares it with timestamps. */
const danishMidnight = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone 'Europe/Copenhagen'`;

/**
 * The audit log's own retention: entries older than the period go through purge_audit_events
 * (migration 0012), the only deletion the log allows, which refuses anything younger than a year
 * and records the purge as a new entry.
 */
export const auditLogRetention: RetentionRule = {
  table: 'audit_event',
  category: 'audit',
  async count(db, cutoff) {
    const row = await db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('occurred_at', '<', danishMidnight(cutoff))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async apply(db, cutoff) {
    if ((await auditLogRetention.count(db, cutoff)) === 0) return 0;
    return withTransaction(db, systemActor('retention'), async (trx) => {
      const { rows } = await sql<{ removed: string }>`
        select purge_audit_events(${danishMidnight(cutoff)}) as removed`.execute(trx);
      return Number(rows[0]?.removed ?? 0);
    });
  },
};
