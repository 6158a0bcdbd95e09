import { AppError } from '../../../platform/http/errors.ts';

/** A calendar quarter of the plan's own year: 2025-Q1 = 1 January to 31 March 2025. */
export interface Quarter {
  /** Canonical form, e.g. '2025-Q1'. */
  key: string;
  year: number;
  number: 1 | 2 | 3 | 4;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const QUARTER_PATTERN = /^(\d{4})-[QqKk]([1-4])$/;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;
const FIRST_DAY = ['01-01', '04-01', '07-01', '10-01'] as const;

/**
 * Parses '2025-Q1' (or the Danish '2025-K1') into its first and last day. Anything else throws
 * AppError REPORT_QUARTER_INVALID (400, Danish message).
 */
export function parseQuarter(input: string): Quarter {
  const match = QUARTER_PATTERN.exec(input.trim());
  const year = Number(match?.[1]);
  if (!match || year < 2000 || year > 2100) throw new AppError('REPORT_QUARTER_INVALID');
  return quarterOf(year, Number(match[2]) as Quarter['number']);
}

export function quarterOf(year: number, number: Quarter['number']): Quarter {
  return {
    key: `${year}-Q${number}`,
    year,
    number,
    start: `${year}-${FIRST_DAY[number - 1]}`,
    end: `${year}-${LAST_DAY[number - 1]}`,
  };
}

/** The same quarter one year earlier, for the comparison column. */
export function sameQuarterYearBefore(quarter: Quarter): Quarter {
  return quarterOf(quarter.year - 1, quarter.number);
}

/** The last quarter that has ended before `today` (the report page's default). */
export function lastCompletedQuarter(today: Date = new Date()): Quarter {
  const current = Math.floor(today.getUTCMonth() / 3) + 1;
  return current === 1
    ? quarterOf(today.getUTCFullYear() - 1, 4)
    : quarterOf(today.getUTCFullYear(), (current - 1) as Quarter['number']);
}

/** Parses a report year ('2025' or 2025); throws REPORT_YEAR_INVALID. */
export function parseReportYear(input: string | number): number {
  const year = typeof input === 'number' ? input : /^\d{4}$/.test(input.trim()) ? Number(input) : NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('REPORT_YEAR_INVALID');
  return year;
}
