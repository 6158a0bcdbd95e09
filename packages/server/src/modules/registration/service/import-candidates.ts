/**
 * The records a new row could be a duplicate of. A different known birth year rules a record out
 * (duplicates.ts), so a row with a year is compared only with that year's records and those without
 * one: an import of N rows against M records makes about N·M/50 comparisons instead of N·M.
 */
export class ByBirthYear<T extends { birth_year: number | null }> {
  readonly #all: T[] = [];
  readonly #byYear = new Map<number | null, T[]>();
  readonly #position = new Map<T, number>();

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    this.#position.set(item, this.#all.length);
    this.#all.push(item);
    const bucket = this.#byYear.get(item.birth_year);
    if (bucket) bucket.push(item);
    else this.#byYear.set(item.birth_year, [item]);
  }

  /** Everything when the year is unknown; else that year's and the yearless, in the order added. */
  candidates(year: number | undefined): readonly T[] {
    if (year === undefined) return this.#all;
    const same = this.#byYear.get(year) ?? [];
    const unknown = this.#byYear.get(null) ?? [];
    if (unknown.length === 0) return same;
    if (same.length === 0) return unknown;
    const position = (item: T) => this.#position.get(item) ?? 0;
    return [...same, ...unknown].sort((a, b) => position(a) - position(b));
  }
}
