import { containsCpr, da } from '@helhed/core';
import { z } from 'zod';
import { IdSchema } from '../../../platform/contract/fields.ts';

// The beredskab contract's own vocabularies and field schemas, shared by its contract files.

const v = da.validation;

/** The lists of the beredskabsplan's action card, in its order. */
export const CONTACT_GROUPS = ['ssp_chief', 'ssp_fu', 'ssp_board', 'boligsocial_board', 'cks'] as const;
export type ContactGroup = (typeof CONTACT_GROUPS)[number];
export const LEVELS = ['red', 'yellow'] as const;
export const MESSAGE_STATUSES = ['queued', 'sent', 'not_sent', 'failed'] as const;

/** Free text of the beredskab (incidents, log, crisis messages, contacts): never a CPR number. */
export const text = (max: number) =>
  z
    .string({ error: v.required })
    .trim()
    .min(1, { error: v.required })
    .max(max, { error: v.tooLong })
    .refine((value) => !containsCpr(value), { error: v.cprNotAllowed });
export const dateTime = z.iso.datetime({ offset: true, error: da.alerting.errors.invalidDateTime });
export const timestamp = z.iso.datetime({ offset: true });
export const IdParams = z.strictObject({ id: IdSchema });
export const Ok = z.object({ ok: z.literal(true) });
export const Created = z.object({ id: z.uuid() });
