import { type SafeCount, type SumRule, safeCount, suppressCounts } from '@helhed/core';

/**
 * Collects the counts of persons of one report section with the sums that really hold between
 * them (a total row is the sum of its activities, "afsluttet" the sum of its outcomes …), then
 * suppresses them all at once with @helhed/core's suppressCounts, so that no "<5" can be computed
 * back from any published sum, also across tables. A count that is no sum of other cells (unique
 * participants) is added with `single` and only gets the primary rule.
 */
export class CountBook {
  private readonly values: number[] = [];
  private readonly rules: SumRule[] = [];
  private resolved: SafeCount[] | null = null;

  /** Adds a count that takes part in sums; returns its handle. */
  cell(value: number | string | null | undefined): number {
    if (this.resolved) throw new Error('CountBook already resolved');
    this.values.push(toCount(value));
    return this.values.length - 1;
  }

  /** Declares that cell `total` equals the sum of `parts`. */
  sum(total: number, parts: readonly number[]): void {
    this.rules.push({ total, parts });
  }

  /** The published value of a cell (suppresses everything on first call). */
  get(handle: number): SafeCount {
    this.resolved ??= suppressCounts(this.values, this.rules);
    return this.resolved[handle] as SafeCount;
  }

  /** A stand-alone count of persons: only the primary rule applies. */
  static single(value: number | string | null | undefined): SafeCount {
    return safeCount(toCount(value));
  }
}

export function toCount(value: number | string | null | undefined): number {
  const count = value === null || value === undefined ? 0 : Number(value);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a count: ${value}`);
  return count;
}
