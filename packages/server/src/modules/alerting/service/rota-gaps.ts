// Rota gaps, as a pure function of the shifts: every hour in a window that is not wholly covered
// by an active SSP chief on call ('no_chief'), or covered only by chiefs without an active deputy
// ('no_deputy'), so that an unacknowledged alert in it would have nobody to escalate to.

export const HOUR_MS = 3_600_000;

export interface GapShift {
  starts_at: Date;
  ends_at: Date;
  is_chief: boolean;
  has_deputy: boolean;
}

export type GapKind = 'no_chief' | 'no_deputy';
export interface GapHour {
  startsAt: Date;
  kind: GapKind;
}
export interface GapRange {
  startsAt: Date;
  endsAt: Date;
  kind: GapKind;
  hours: number;
}

/** Whether the intervals together cover [from, to) without a hole. */
export function covers(intervals: Array<{ start: number; end: number }>, from: number, to: number): boolean {
  let reached = from;
  for (const i of [...intervals].sort((a, b) => a.start - b.start)) {
    if (i.start > reached) return false;
    if (i.end > reached) reached = i.end;
    if (reached >= to) return true;
  }
  return reached >= to;
}

/** The window's start: the beginning of the current hour. */
export function startOfHour(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

export function findGapHours(shifts: GapShift[], from: Date, hours: number): GapHour[] {
  const chiefs = shifts
    .filter((s) => s.is_chief)
    .map((s) => ({ start: s.starts_at.getTime(), end: s.ends_at.getTime(), deputy: s.has_deputy }));
  const gaps: GapHour[] = [];
  for (let h = 0; h < hours; h += 1) {
    const start = from.getTime() + h * HOUR_MS;
    const end = start + HOUR_MS;
    const inHour = chiefs.filter((s) => s.start < end && s.end > start);
    if (!covers(inHour, start, end)) gaps.push({ startsAt: new Date(start), kind: 'no_chief' });
    else if (
      !covers(
        inHour.filter((s) => s.deputy),
        start,
        end,
      )
    )
      gaps.push({ startsAt: new Date(start), kind: 'no_deputy' });
  }
  return gaps;
}

/** Consecutive gap hours of the same kind as one range (what a person reads). */
export function toRanges(gaps: GapHour[]): GapRange[] {
  const ranges: GapRange[] = [];
  for (const gap of gaps) {
    const last = ranges.at(-1);
    if (last && last.kind === gap.kind && last.endsAt.getTime() === gap.startsAt.getTime()) {
      last.endsAt = new Date(gap.startsAt.getTime() + HOUR_MS);
      last.hours += 1;
    } else {
      ranges.push({
        startsAt: gap.startsAt,
        endsAt: new Date(gap.startsAt.getTime() + HOUR_MS),
        kind: gap.kind,
        hours: 1,
      });
    }
  }
  return ranges;
}
