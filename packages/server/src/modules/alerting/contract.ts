import { containsCpr, da } from '@helhed/core';
import { z } from 'zod';
import { EmailSchema } from '../../platform/auth/contract.ts';
import { CONTACT_GROUPS } from './seed-beredskab.ts';

const v = da.validation;
const e = da.alerting.errors;

/** Free text of the beredskab (incidents, log, crisis messages, contacts): never a CPR number. */
export const text = (max: number) =>
  z
    .string({ error: v.required })
    .trim()
    .min(1, { error: v.required })
    .max(max, { error: v.tooLong })
    .refine((value) => !containsCpr(value), { error: v.cprNotAllowed });
const dateTime = z.iso.datetime({ offset: true, error: e.invalidDateTime });
const timestamp = z.iso.datetime({ offset: true });
export const IdParams = z.strictObject({ id: z.uuid({ error: v.invalidUuid }) });
export const LEVELS = ['red', 'yellow'] as const;

export const ContactBody = z.strictObject({
  clientKey: z.uuid({ error: v.invalidUuid }),
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

export const RaiseIncidentBody = z.strictObject({
  clientKey: z.uuid({ error: v.invalidUuid }),
  level: z.enum(LEVELS, { error: v.invalidValue }),
  category: text(200),
  description: text(4000),
  location: text(200),
  areaSlug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: e.invalidAreaSlug })
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  occurredAt: dateTime,
});

export const IncidentView = z.object({
  id: z.uuid(),
  level: z.enum(LEVELS),
  category: z.string(),
  description: z.string(),
  location: z.string(),
  areaSlug: z.string().nullable(),
  occurredAt: timestamp,
  raisedBy: z.string(),
  status: z.enum(['raised', 'activated', 'closed']),
  activatedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export const IncidentList = z.object({ incidents: z.array(IncidentView) });

export const AlertView = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  fullName: z.string(),
  organisationName: z.string(),
  stage: z.enum(['ssp_chief', 'ssp_fu', 'ssp_board', 'boligsocial_board']),
  reason: z.enum(['initial', 'deputy', 'next_level']),
  escalatedFromId: z.uuid().nullable(),
  emailStatus: z.enum(['queued', 'sent', 'not_sent', 'failed']).nullable(),
  acknowledgedAt: timestamp.nullable(),
  escalatedAt: timestamp.nullable(),
  alertedAt: timestamp,
});
export const LogEntryView = z.object({
  id: z.string(),
  kind: z.enum(['system', 'update', 'decision']),
  text: z.string(),
  actor: z.string(),
  at: timestamp,
});
export const MeetingView = z.object({
  id: z.uuid(),
  startsAt: timestamp,
  url: z.string(),
  convenedBy: z.string(),
  attendance: z.array(z.object({ contactId: z.uuid(), fullName: z.string(), isPresent: z.boolean() })),
});
export const CrisisMessageView = z.object({
  id: z.uuid(),
  audience: z.string(),
  subject: z.string(),
  body: z.string(),
  draftedBy: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: timestamp.nullable(),
  sentAt: timestamp.nullable(),
});
export const IncidentDetail = z.object({
  incident: IncidentView,
  alerts: z.array(AlertView),
  log: z.array(LogEntryView),
  meetings: z.array(MeetingView),
  crisisMessages: z.array(CrisisMessageView),
});

export const LogBody = z.strictObject({
  kind: z.enum(['update', 'decision'], { error: v.invalidValue }),
  text: text(4000),
});
export const MeetingBody = z.strictObject({
  startsAt: dateTime,
  url: z.url({ protocol: /^https?$/, error: e.invalidUrl }).max(500, { error: v.tooLong }),
});
export const MeetingParams = z.strictObject({ id: z.uuid(), meetingId: z.uuid({ error: v.invalidUuid }) });
export const AttendanceBody = z.strictObject({
  contactId: z.uuid({ error: e.unknownContact }),
  isPresent: z.boolean(),
});
export const CrisisMessageBody = z.strictObject({
  audience: text(200),
  subject: text(200),
  body: text(8000),
});
export const MessageParams = z.strictObject({ id: z.uuid(), messageId: z.uuid({ error: v.invalidUuid }) });

export const OutboxView = z.object({
  messages: z.array(
    z.object({
      id: z.uuid(),
      incidentId: z.uuid().nullable(),
      channel: z.enum(['email', 'sms']),
      recipient: z.string(),
      subject: z.string(),
      body: z.string(),
      status: z.enum(['queued', 'sent', 'not_sent', 'failed']),
      lastError: z.string().nullable(),
      sentAt: timestamp.nullable(),
      createdAt: timestamp,
    }),
  ),
  smtpConfigured: z.boolean(),
});
export const Ok = z.object({ ok: z.literal(true) });
