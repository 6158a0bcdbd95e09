import { todayInDenmark } from '@helhed/core';

/**
 * Retention periods per category of data (decision 0022), each a setting: a whole number followed
 * by d (days), m (months) or y (years). HELHED_RETENTION_MONTHS, the older setting for residents'
 * records, is still read when HELHED_RETENTION_RESIDENTS is not set.
 */
export type RetentionCategory = 'residents' | 'incidents' | 'outbox' | 'audit';

export interface Period {
  amount: number;
  unit: 'd' | 'm' | 'y';
}

export const RETENTION_CATEGORIES: readonly RetentionCategory[] = [
  'residents',
  'incidents',
  'outbox',
  'audit',
];

export const DEFAULT_PERIODS: Readonly<Record<RetentionCategory, string>> = {
  residents: '24m',
  incidents: '36m',
  outbox: '90d',
  audit: '5y',
};

const SETTING: Readonly<Record<RetentionCategory, string>> = {
  residents: 'HELHED_RETENTION_RESIDENTS',
  incidents: 'HELHED_RETENTION_INCIDENTS',
  outbox: 'HELHED_RETENTION_OUTBOX',
  audit: 'HELHED_RETENTION_AUDIT',
};

/** The shortest period per category; the audit log's floor is also enforced by the database. */
const MIN_DAYS: Readonly<Record<RetentionCategory, number>> = {
  residents: 1,
  incidents: 1,
  outbox: 1,
  audit: 365,
};
const MAX_DAYS = 20 * 366;

const DAYS_PER: Readonly<Record<Period['unit'], number>> = { d: 1, m: 30, y: 365 };

export class RetentionSettingError extends Error {
  constructor(
    readonly setting: string,
    readonly value: string,
  ) {
    super(`${setting}: "${value}" is not a retention period`);
  }
}

export function parsePeriod(text: string, category: RetentionCategory, setting = SETTING[category]): Period {
  const match = /^([1-9]\d{0,4})([dmy])$/.exec(text.trim());
  if (!match) throw new RetentionSettingError(setting, text);
  const period: Period = { amount: Number(match[1]), unit: match[2] as Period['unit'] };
  const days = period.amount * DAYS_PER[period.unit];
  if (days < MIN_DAYS[category] || days > MAX_DAYS) throw new RetentionSettingError(setting, text);
  return period;
}

/** Every category's period from the environment, defaults where a setting is absent. */
export function periodsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<RetentionCategory, Period> {
  const read = (category: RetentionCategory): Period => {
    const value = env[SETTING[category]];
    if (value !== undefined && value !== '') return parsePeriod(value, category);
    const months = env.HELHED_RETENTION_MONTHS;
    if (category === 'residents' && months !== undefined && months !== '') {
      return parsePeriod(`${months}m`, category, 'HELHED_RETENTION_MONTHS');
    }
    return parsePeriod(DEFAULT_PERIODS[category], category);
  };
  return {
    residents: read('residents'),
    incidents: read('incidents'),
    outbox: read('outbox'),
    audit: read('audit'),
  };
}

/** The Danish calendar day `period` before `now`, as YYYY-MM-DD (a month back from 31 March is 28/29 February). */
export function cutoffDay(now: Date, period: Period): string {
  const today = todayInDenmark(now);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if (period.unit === 'd') {
    return new Date(Date.UTC(year, month - 1, day - period.amount)).toISOString().slice(0, 10);
  }
  const months = period.unit === 'm' ? period.amount : period.amount * 12;
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function formatPeriod(period: Period): string {
  return `${period.amount}${period.unit}`;
}
