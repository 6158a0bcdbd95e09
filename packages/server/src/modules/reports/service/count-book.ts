import { createHash } from 'node:crypto';
import {
  type CellKind,
  type DiscretionOptions,
  HIDDEN_LABEL,
  type RangeSolver,
  type SafeCount,
  type SumRule,
  suppressCounts,
} from '@helhed/core';

/**
 * Collects every count of persons published together (all tables of one report section) with the
 * sums and bounds that really hold between them, then suppresses them all at once with
 * @helhed/core's suppressCounts: the LP-audited interval rule of decision 0017, so that no hidden
 * cell can be pinned or proved small from anything published beside it. The same figure in two
 * tables is one cell (one handle), so it is hidden in both.
 */
export class CountBook {
  private readonly values: number[] = [];
  private readonly kinds: CellKind[] = [];
  private readonly rules: SumRule[] = [];
  private resolved: readonly SafeCount[] | null = null;

  constructor(private readonly options: DiscretionOptions) {}

  get threshold(): number {
    return this.options.threshold;
  }

  /** Adds a count of persons; returns its handle. */
  cell(value: number | string | null | undefined, kind: CellKind = 'published'): number {
    if (this.resolved) throw new Error('CountBook already resolved');
    this.values.push(toCount(value));
    this.kinds.push(kind);
    return this.values.length - 1;
  }

  /** Declares that cell `total` equals the sum of `parts`. */
  sum(total: number, parts: readonly number[]): void {
    this.rules.push({ total, parts });
  }

  /** Declares that `small` ≤ `big` (a subset counted beside its whole), through a hidden slack. */
  atMost(small: number, big: number): void {
    const slack = (this.values[big] as number) - (this.values[small] as number);
    if (slack < 0) return; // not a true bound in this data: declare nothing
    this.sum(big, [small, this.cell(slack, 'latent')]);
  }

  /** Declares that `next` = `previous` + a change that a reader computes (a derived count). */
  change(previous: number, next: number): void {
    const delta = (this.values[next] as number) - (this.values[previous] as number);
    if (delta < 0) return; // not a growing count: the change is no count of persons
    this.sum(next, [previous, this.cell(delta, 'derived')]);
  }

  /**
   * Declares that `whole` = `part` + a count the reader learns from another report (the forløb
   * carried over between quarters): the audit treats it as known, so linking reports gains nothing.
   */
  knownRest(whole: number, part: number): void {
    const rest = (this.values[whole] as number) - (this.values[part] as number);
    if (rest < 0) return; // not a part of the whole in this data: declare nothing
    this.sum(whole, [part, this.cell(rest, 'known')]);
  }

  /** The published value of a cell (suppresses everything on first call). */
  get(handle: number): SafeCount {
    this.resolved ??= suppressRemembered(this.values, this.rules, this.options, this.kinds);
    return this.resolved[handle] as SafeCount;
  }

  /** Share of published cells hidden (for the measurements in decision 0017). */
  hiddenShare(): { hidden: number; cells: number } {
    const cells = this.kinds
      .map((kind, index) => [kind, index] as const)
      .filter(([kind]) => kind === 'published');
    return {
      hidden: cells.filter(([, index]) => this.get(index) === HIDDEN_LABEL).length,
      cells: cells.length,
    };
  }
}

// suppressCounts is a pure function of the counts, sums, kinds and options, and its LP audit can take
// seconds for a whole plan's report: the last books' answers are kept per solver, keyed by a hash of
// everything it reads, so the same report of unchanged data is audited once. A changed count is a
// different key; a book whose audit fails (DiscretionError) is never kept.
const REMEMBERED_BOOKS = 64;
const remembered = new WeakMap<RangeSolver, Map<string, readonly SafeCount[]>>();

function suppressRemembered(
  values: readonly number[],
  rules: readonly SumRule[],
  options: DiscretionOptions,
  kinds: readonly CellKind[],
): readonly SafeCount[] {
  const key = createHash('sha256')
    .update(JSON.stringify([options.threshold, options.audit ?? true, values, rules, kinds]))
    .digest('base64');
  let books = remembered.get(options.solver);
  if (!books) {
    books = new Map();
    remembered.set(options.solver, books);
  }
  const known = books.get(key);
  books.delete(key);
  const answer = known ?? Object.freeze(suppressCounts(values, rules, options, kinds));
  books.set(key, answer);
  if (books.size > REMEMBERED_BOOKS) books.delete(books.keys().next().value as string);
  return answer;
}

export function toCount(value: number | string | null | undefined): number {
  const count = value === null || value === undefined ? 0 : Number(value);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a count: ${value}`);
  return count;
}
