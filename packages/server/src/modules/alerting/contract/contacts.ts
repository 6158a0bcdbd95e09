import { da } from '@helhed/core';
import { z } from 'zod';
import { ClientKeySchema, EmailSchema } from '../../../platform/contract/fields.ts';
import { CONTACT_GROUPS, dateTime, LEVELS, text, timestamp } from './shared.ts';

// The alert list, the rota and the settings: what the SSP leader keeps current.

const v = da.validation;
const e = da.alerting.errors;

export const ContactBody = z.strictObject({
  clientKey: ClientKeySchema,
  organisationId: z.uuid({ error: e.unknownOrganisation }),
  group: z.enum(CONTACT_GROUPS, { error: v.invalidValue }),
  roleTitle: text(200),
  fullName: text(200),
  email: EmailSchema,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{8,20}$/, { error: e.invalidPhone })
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  deputyId: z.uuid({ error: e.unknownContact }).nullable().optional(),
  isActive: z.boolean().optional(),
});
export const ContactUpdateBody = ContactBody.omit({ clientKey: true });
export type ContactInput = z.infer<typeof ContactUpdateBody>;

export const ContactView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  group: z.enum(CONTACT_GROUPS),
  roleTitle: z.string(),
  fullName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  deputyId: z.uuid().nullable(),
  isActive: z.boolean(),
  lastConfirmedAt: timestamp.nullable(),
});
export const ContactList = z.object({ contacts: z.array(ContactView) });

export const ActionCard = z.object({
  keptCurrentBy: z.string(),
  procedure: z.array(z.string()),
  levels: z.array(
    z.object({ level: z.enum(LEVELS), description: z.string(), examples: z.array(z.string()) }),
  ),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  seats: z.array(z.object({ group: z.enum(CONTACT_GROUPS), organisations: z.array(z.string()) })),
  minMeetingNoticeMinutes: z.number(),
});

export const ShiftBody = z.strictObject({
  contactId: z.uuid({ error: e.unknownContact }),
  startsAt: dateTime,
  endsAt: dateTime,
});
export const ShiftView = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  fullName: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  isNow: z.boolean(),
});
export const ShiftList = z.object({ shifts: z.array(ShiftView) });

export const SettingsBody = z.strictObject({
  escalationSeconds: z.number({ error: v.invalidValue }).int({ error: v.invalidValue }).min(1).max(86_400),
  ackValidHours: z.number({ error: v.invalidValue }).int({ error: v.invalidValue }).min(1).max(720),
});
export const SettingsView = SettingsBody.extend({
  smtpConfigured: z.boolean(),
  smsConfigured: z.boolean(),
});
