// All date and number formatting for the UI, reports and e-mails goes through here, so that
// every screen shows the same Danish conventions (59,9 %, 1.234, 23.11.2026).
const TIME_ZONE = 'Europe/Copenhagen';

const integerFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('da-DK', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: TIME_ZONE,
});
const longDateFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

export function formatDecimal(value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A percentage given in percent points: formatPercent(59.9) → "59,9 %". */
export function formatPercent(value: number, fractionDigits = 1): string {
  return `${formatDecimal(value, fractionDigits)} %`;
}

function toDate(value: Date | string): Date {
  // A bare calendar date (YYYY-MM-DD) is a day in Denmark, not midnight UTC.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T12:00:00Z`);
  }
  return typeof value === 'string' ? new Date(value) : value;
}

export function formatDate(value: Date | string): string {
  return dateFormat.format(toDate(value));
}

export function formatLongDate(value: Date | string): string {
  return longDateFormat.format(toDate(value));
}

export function formatDateTime(value: Date | string): string {
  return dateTimeFormat.format(toDate(value));
}

/** Today as YYYY-MM-DD in Danish time: the day registrations are dated in. */
export function todayInDenmark(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** Whole kroner as the plan's documents write them: formatKroner(1234567) → "1.234.567 kr.". */
export function formatKroner(value: number): string {
  return `${integerFormat.format(Math.round(value))} kr.`;
}
