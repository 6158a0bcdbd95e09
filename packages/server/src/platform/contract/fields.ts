// Field schemas every module's contract builds on: free text that refuses CPR numbers and control
// characters, calendar days, ids and enumerations with Danish messages.
import { containsCpr, da } from '@helhed/core';
import { z } from 'zod';

const t = da.registration.errors;

/**
 * A CPR number in any spelling (core's findCpr: a real ddmmyy date and four digits, whatever the
 * separators or digit widths). Such a value is refused in every free-text field
 * (databeskyttelsesloven § 11: Helhed does not collect CPR numbers).
 */
export function looksLikeCpr(value: string): boolean {
  return containsCpr(value);
}

/** Control characters other than tab and line feed: invisible, and never meant in a free-text field. */
function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10) || code === 127;
}

export function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) if (isControl(value.charCodeAt(i))) return true;
  return false;
}

export function stripControlCharacters(value: string): string {
  let result = '';
  for (let i = 0; i < value.length; i += 1) if (!isControl(value.charCodeAt(i))) result += value[i];
  return result;
}

/** Free text: trimmed, no control characters except line breaks, never a CPR number. */
export function freeText(max: number) {
  return z
    .string({ error: t.required })
    .transform((value) => stripControlCharacters(value).trim())
    .pipe(
      z
        .string()
        .min(1, { error: t.required })
        .max(max, { error: t.tooLong })
        .refine((value) => !looksLikeCpr(value), { error: da.validation.cprNotAllowed }),
    );
}

/** Optional free text: empty or missing becomes null. */
export function optionalText(max: number) {
  return z
    .union([z.null(), z.string({ error: t.tooLong })])
    .optional()
    .transform((value) => stripControlCharacters(value ?? '').trim())
    .pipe(
      z
        .string()
        .max(max, { error: t.tooLong })
        .refine((value) => !looksLikeCpr(value), { error: da.validation.cprNotAllowed })
        .transform((value) => (value === '' ? null : value)),
    );
}

/** A calendar day, YYYY-MM-DD, that exists and lies in a sensible range. */
export const DaySchema = z.iso
  .date({ error: t.dateInvalid })
  .refine((value) => value >= '2000-01-01' && value <= '2100-12-31', { error: t.dateInvalid });

export const IdSchema = z.uuid({ error: da.validation.invalidUuid });
export const ClientKeySchema = z.uuid({ error: da.validation.invalidUuid });
export const IdParams = z.strictObject({ id: z.uuid() });

export function choice<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: t.invalidChoice });
}

/** An e-mail address, trimmed and in lower case. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: da.validation.invalidEmail }).max(254));
