import { da, fill, formatDateTime } from '@helhed/core';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Database, Db } from '../../../platform/db/database.ts';
import type { RotaGapsView } from '../contract/alive.ts';
import { listShiftsForGaps } from '../queries/alive.ts';
import { findGapHours, type GapHour, type GapRange, HOUR_MS, startOfHour, toRanges } from './rota-gaps.ts';
import { tellSspLeaders } from './test-alert.ts';

type RotaGapsViewT = z.infer<typeof RotaGapsView>;

export const GAP_WINDOW_HOURS = 30 * 24;
const t = da.alertingAlive;

export interface RotaGaps {
  from: Date;
  to: Date;
  hours: GapHour[];
  ranges: GapRange[];
}

/** Every hour of the next 30 days (from the start of this hour) without full cover on the rota. */
export async function computeRotaGaps(db: Db, planId: string, now = new Date()): Promise<RotaGaps> {
  const from = startOfHour(now);
  const to = new Date(from.getTime() + GAP_WINDOW_HOURS * HOUR_MS);
  const shifts = await listShiftsForGaps(db, planId, from, to);
  const hours = findGapHours(shifts, from, GAP_WINDOW_HOURS);
  return { from, to, hours, ranges: toRanges(hours) };
}

/** Vagtplan's gaps of the next 30 days, for the signed-in user's plan. */
export async function rotaGapsView(db: Db, ctx: RequestContext): Promise<RotaGapsViewT> {
  const gaps = await computeRotaGaps(db, ctx.actor.plan.id);
  return {
    from: gaps.from.toISOString(),
    to: gaps.to.toISOString(),
    hours: gaps.hours.map((h) => ({ startsAt: h.startsAt.toISOString(), kind: h.kind })),
    ranges: gaps.ranges.map((r) => ({
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      kind: r.kind,
      hours: r.hours,
    })),
  };
}

/** The weekly mail to the SSP leader: the rota's gaps of the next 30 days, or that there are none. */
export async function sendRotaReport(trx: Transaction<Database>, planId: string): Promise<void> {
  const gaps = await computeRotaGaps(trx, planId);
  const lines =
    gaps.ranges.length === 0
      ? t.mail.rotaNone
      : gaps.ranges
          .map((r) =>
            fill(t.mail.rotaLine, {
              from: formatDateTime(r.startsAt),
              to: formatDateTime(r.endsAt),
              kind: t.gapKinds[r.kind],
              hours: r.hours,
            }),
          )
          .join('\n');
  const subject =
    gaps.hours.length === 0 ? t.mail.rotaSubjectNone : fill(t.mail.rotaSubject, { count: gaps.hours.length });
  await tellSspLeaders(trx, planId, null, subject, (name) =>
    fill(t.mail.rotaBody, { name, from: formatDateTime(gaps.from), to: formatDateTime(gaps.to), lines }),
  );
}
