import { FINANCE_PATH } from './keys.ts';

/** The download address of the year's budget and budget against actuals. */
export function financeExportUrl(year: number, format: 'xlsx' | 'pdf'): string {
  return `${FINANCE_PATH}/export?${new URLSearchParams({ year: String(year), format })}`;
}
