import { da } from '@helhed/core';
import { z } from 'zod';

// Small schema helpers shared by the plan contract files.
export const text = (max = 2000) =>
  z.string().trim().min(1, { error: da.planApi.textRequired }).max(max, { error: da.validation.tooLong });
export const optionalText = (max = 4000) =>
  z.string().trim().max(max, { error: da.validation.tooLong }).nullable();
export const shortList = (item: z.ZodType<string>) => z.array(item).max(50, { error: da.planApi.tooMany });
export const timestamp = z.iso.datetime({ offset: true });
