// What a synthetic dataset is made of. Every count below derives from these options and the seed
// number alone, so the same options and seed give the same rows on any PostgreSQL 15+ server.

export interface SyntheticOptions {
  /** 'demo' adds registrations to the seeded Odense plan; 'plans' creates new synthetic plans. */
  mode: 'demo' | 'plans';
  seed: number;
  /** New plans to create ('plans' mode; 1 in 'demo' mode). */
  plans: number;
  /** Participants over all plans of the dataset. */
  residents: number;
  /** Forløb over all plans (default 3 per participant). */
  cases: number;
  /** Logged contacts on forløb over all plans (default 10 per forløb). */
  contacts: number;
  fromYear: number;
  toYear: number;
  /**
   * 'audited' lets the audit trigger write one row per created record (actor system:synthetic).
   * 'bulk' (superuser only, for national-size benchmarks) switches row triggers off for the load
   * transaction — the audit trigger and the foreign-key checks — and writes one audit event per
   * table with the number of rows instead.
   */
  load: 'audited' | 'bulk';
}

export const SYNTHETIC_LIMITS = {
  maxPlans: 999,
  maxResidents: 20_000_000,
  minYear: 2000,
  maxYear: 2100,
  maxSeed: 2_147_483_647,
} as const;

export class SyntheticOptionsError extends Error {
  constructor(readonly key: 'seed' | 'plans' | 'residents' | 'years' | 'cases' | 'contacts') {
    super(`invalid synthetic option: ${key}`);
  }
}

/** "2024-2026" or "3" (three years ending with `defaultTo`) → [from, to]. */
export function parseYears(value: string, defaultTo: number): [number, number] {
  const range = /^(\d{4})-(\d{4})$/.exec(value);
  if (range) return [Number(range[1]), Number(range[2])];
  if (/^\d{1,2}$/.test(value)) return [defaultTo - Number(value) + 1, defaultTo];
  throw new SyntheticOptionsError('years');
}

export function syntheticOptions(input: Partial<SyntheticOptions> & { mode: SyntheticOptions['mode'] }) {
  const residents = input.residents ?? 2_000;
  const cases = input.cases ?? residents * 3;
  const options: SyntheticOptions = {
    mode: input.mode,
    seed: input.seed ?? 1,
    plans: input.mode === 'demo' ? 1 : (input.plans ?? 2),
    residents,
    cases,
    contacts: input.contacts ?? cases * 10,
    fromYear: input.fromYear ?? 2024,
    toYear: input.toYear ?? 2026,
    load: input.load ?? 'audited',
  };
  const int = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (!int(options.seed, 0, SYNTHETIC_LIMITS.maxSeed)) throw new SyntheticOptionsError('seed');
  if (!int(options.plans, 1, SYNTHETIC_LIMITS.maxPlans)) throw new SyntheticOptionsError('plans');
  if (!int(options.residents, options.plans * 3, SYNTHETIC_LIMITS.maxResidents))
    throw new SyntheticOptionsError('residents');
  if (!int(options.cases, 0, options.residents * 20)) throw new SyntheticOptionsError('cases');
  if (!int(options.contacts, 0, options.cases * 100 + 1)) throw new SyntheticOptionsError('contacts');
  const { fromYear, toYear } = options;
  if (!int(fromYear, SYNTHETIC_LIMITS.minYear, toYear) || !int(toYear, fromYear, SYNTHETIC_LIMITS.maxYear))
    throw new SyntheticOptionsError('years');
  return options;
}

/** The first and last day of the dataset and the number of days between them (inclusive). */
export function datasetSpan(options: SyntheticOptions) {
  const start = `${options.fromYear}-01-01`;
  const end = `${options.toYear}-12-31`;
  const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  return { start, end, days };
}

/** A 12-bit tag of the options, part of every generated id, so datasets with other options never collide. */
export function optionsTag(options: SyntheticOptions): number {
  const text = JSON.stringify([
    options.mode,
    options.plans,
    options.residents,
    options.cases,
    options.contacts,
    options.fromYear,
    options.toYear,
  ]);
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash & 0xfff;
}
