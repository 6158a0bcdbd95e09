import { da } from '@helhed/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { runHouseholdRetention } from '../../rehousing/service/retention.ts';
import { erasePersonalData, listDueForRetention } from '../queries/erase.ts';
import { anonymiseSituationsBefore, plansWithSituationsBefore } from '../queries/situations-retention.ts';

export const DEFAULT_RETENTION_MONTHS = 24;
const DAY_MS = 24 * 60 * 60 * 1000;

/** HELHED_RETENTION_MONTHS: months after the last forløb ended before personal data is deleted. */
export function retentionMonthsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.HELHED_RETENTION_MONTHS;
  if (raw === undefined || raw === '') return DEFAULT_RETENTION_MONTHS;
  const months = Number(raw);
  if (!Number.isInteger(months) || months < 1 || months > 240) {
    throw new Error(`HELHED_RETENTION_MONTHS must be a whole number from 1 to 240, got "${raw}"`);
  }
  return months;
}

/** The Danish calendar day `months` before `now`, as YYYY-MM-DD. */
export function retentionCutoff(now: Date, months: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Erases the personal data of every participant whose last forløb ended more than `months` ago
 * (or who was registered that long ago and never had one), each in its own transaction as
 * `system:retention`, so the audit log names the rule that deleted it.
 */
export async function runRetention(
  db: Db,
  options: { now?: Date; months?: number } = {},
): Promise<{ erased: number; households: number; situations: number; cutoff: string; months: number }> {
  const months = options.months ?? retentionMonthsFromEnv();
  const cutoff = retentionCutoff(options.now ?? new Date(), months);
  const due = await listDueForRetention(db, cutoff);
  for (const row of due) {
    await withTransaction(db, systemActor('retention', row.plan_id), (trx) => erasePersonalData(trx, row.id));
  }
  // Genhusning's households follow the same rule and period.
  const households = await runHouseholdRetention(db, cutoff);
  // Tryghed contacts and CKS meetings: the free text goes after the same period, the counts stay.
  const marker = da.registration.situationErased;
  let situations = 0;
  for (const planId of await plansWithSituationsBefore(db, cutoff, marker)) {
    situations += await withTransaction(db, systemActor('retention', planId), (trx) =>
      anonymiseSituationsBefore(trx, planId, cutoff, marker),
    );
  }
  return { erased: due.length, households, situations, cutoff, months };
}

/** Runs the rule at start and then once a day inside the server process. */
export function startRetentionSchedule(db: Db, log: FastifyBaseLogger): () => void {
  const run = () =>
    runRetention(db)
      .then((result) =>
        log.info(
          { erased: result.erased, households: result.households, cutoff: result.cutoff },
          'retention run',
        ),
      )
      .catch((error: unknown) => log.error({ err: error }, 'retention run failed'));
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
