import { type RawBuilder, sql } from 'kysely';

/**
 * The one rule for who may be counted in a report (decision 0018): a participant counts only when
 * the newest of their consents (by the day given, then the time recorded) includes statistics and
 * is not withdrawn. A participant without any consent row (e.g. erased before the proof of consent
 * was kept) is not counted: the rule fails closed. Used inside the reports' set-based SQL as a
 * correlated condition on a participant id column; index participant_consent_newest_idx serves it.
 */
export function countsInStatistics(participantColumn: string): RawBuilder<boolean> {
  return sql<boolean>`coalesce((
    select pc.for_statistics and pc.withdrawn_on is null
      from participant_consent pc
     where pc.participant_id = ${sql.ref(participantColumn)}
     order by pc.given_on desc, pc.created_at desc
     limit 1), false)`;
}

/** The same for a row whose participant is optional: an anonymous row (no participant) counts. */
export function anonymousOrCountsInStatistics(participantColumn: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(participantColumn)} is null or ${countsInStatistics(participantColumn)})`;
}
