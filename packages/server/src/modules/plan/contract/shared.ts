import { containsCpr, da } from '@helhed/core';
import { z } from 'zod';

// Small schema helpers shared by the plan contract files. Plan texts are published (board and LBF
// reports, the plan register): never a CPR number, in any spelling.
const noCpr = { error: da.validation.cprNotAllowed };
export const text = (max = 2000) =>
  z
    .string()
    .trim()
    .min(1, { error: da.planApi.textRequired })
    .max(max, { error: da.validation.tooLong })
    .refine((value) => !containsCpr(value), noCpr);
export const optionalText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { error: da.validation.tooLong })
    .refine((value) => !containsCpr(value), noCpr)
    .nullable();
export const shortList = (item: z.ZodType<string>) => z.array(item).max(50, { error: da.planApi.tooMany });
export const timestamp = z.iso.datetime({ offset: true });
