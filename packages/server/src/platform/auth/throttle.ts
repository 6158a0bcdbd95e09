/**
 * Growing delays after failed sign-ins, instead of a lock that anyone who knows an e-mail can
 * trigger (decisions/0013-accounts-and-sign-in.md). Three counters, all keyed by the e-mail as
 * typed, so a known and an unknown e-mail are throttled alike:
 *
 * - per (e-mail, address): the guesser's own bucket; the real user elsewhere never shares it;
 * - per address: one address guessing many e-mails;
 * - per e-mail, mild: many addresses guessing one e-mail. An address the person has signed in
 *   from before is exempt, so a distributed guesser cannot keep them out of their own desk.
 *
 * Only evaluated failures count: a refused attempt does not push the wait further out. The state
 * is in memory, per server process; a restart forgets it (the per-address rate limit remains).
 */
export interface ThrottleRule {
  /** Failures allowed before any wait. */
  free: number;
  /** The first wait; each further failure doubles it, up to maxMs. */
  baseMs: number;
  maxMs: number;
}

export const THROTTLE_RULES = {
  pair: { free: 3, baseMs: 1_000, maxMs: 15 * 60_000 },
  address: { free: 10, baseMs: 1_000, maxMs: 15 * 60_000 },
  account: { free: 20, baseMs: 1_000, maxMs: 30_000 },
} as const satisfies Record<string, ThrottleRule>;

/** A counter with no failure for this long starts over. */
const FORGET_MS = 60 * 60_000;
/** An address someone signed in from stays known for 30 days (while the process runs). */
const KNOWN_MS = 30 * 24 * 60 * 60_000;

interface Entry {
  failures: number;
  lastAt: number;
}

export function waitAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.baseMs * 2 ** (failures - rule.free), rule.maxMs);
}

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Bounds the memory an attacker can fill with invented e-mails and addresses. */
    private readonly maxEntries = 100_000,
  ) {}

  /** Whether this attempt may be evaluated at all; a refused one is answered as a wrong password. */
  allows(email: string, ip: string): boolean {
    const known = this.entry(`k|${email}|${ip}`, KNOWN_MS) !== undefined;
    return (
      this.remaining(`p|${email}|${ip}`, THROTTLE_RULES.pair) === 0 &&
      this.remaining(`a|${ip}`, THROTTLE_RULES.address) === 0 &&
      (known || this.remaining(`e|${email}`, THROTTLE_RULES.account) === 0)
    );
  }

  recordFailure(email: string, ip: string): void {
    for (const key of [`p|${email}|${ip}`, `a|${ip}`, `e|${email}`]) {
      const entry = this.entry(key, FORGET_MS);
      this.put(key, { failures: (entry?.failures ?? 0) + 1, lastAt: this.now() });
    }
  }

  /** A success clears the person's own bucket and remembers the address; the address keeps its count. */
  recordSuccess(email: string, ip: string): void {
    this.entries.delete(`p|${email}|${ip}`);
    this.put(`k|${email}|${ip}`, { failures: 0, lastAt: this.now() });
  }

  private remaining(key: string, rule: ThrottleRule): number {
    const entry = this.entry(key, FORGET_MS);
    if (!entry) return 0;
    return Math.max(0, entry.lastAt + waitAfter(entry.failures, rule) - this.now());
  }

  private entry(key: string, lifetimeMs: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastAt > lifetimeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private put(key: string, entry: Entry): void {
    // Map keeps insertion order: re-inserting moves the key last, so the first is the oldest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
