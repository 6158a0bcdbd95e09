import { formatInteger } from '@helhed/core';

/** Whole kroner typed the Danish way ("1.250.000", "1 250 000" or "1250000"); null if it is not. */
export function parseKroner(text: string, { negative = false } = {}): number | null {
  const plain = text.replace(/[\s.\u00a0]/g, '').replace(/^[−–]/, '-');
  if (plain === '') return 0;
  if (!(negative ? /^-?\d{1,10}$/ : /^\d{1,10}$/).test(plain)) return null;
  const value = Number(plain);
  return Math.abs(value) <= 1_000_000_000 ? value : null;
}

export const showKroner = (value: number) => (value === 0 ? '' : formatInteger(value));
