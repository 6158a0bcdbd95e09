import { da } from '@helhed/core';
import { z } from 'zod';
import { ClientKeySchema, IdSchema } from '../../../platform/contract/fields.ts';
import { pagedQuery, Total } from '../../../platform/contract/paging.ts';
import { dateTime, LEVELS, MESSAGE_STATUSES, text, timestamp } from './shared.ts';

// An incident from raising to closing: the alerts, the log, the FU meetings, the crisis messages,
// and the outbox every message goes through.

const v = da.validation;
const e = da.alerting.errors;
const ALERT_STAGES = ['ssp_chief', 'ssp_fu', 'ssp_board', 'boligsocial_board'] as const;

export const RaiseIncidentBody = z.strictObject({
  clientKey: ClientKeySchema,
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
export const IncidentList = z.object({ incidents: z.array(IncidentView), total: Total });
export const IncidentListQuery = z.strictObject(pagedQuery(['created'] as const, { dir: 'desc' }));

export const AlertView = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  fullName: z.string(),
  organisationName: z.string(),
  stage: z.enum(ALERT_STAGES),
  reason: z.enum(['initial', 'deputy', 'next_level']),
  escalatedFromId: z.uuid().nullable(),
  emailStatus: z.enum(MESSAGE_STATUSES).nullable(),
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
export const MeetingParams = z.strictObject({ id: z.uuid(), meetingId: IdSchema });
export const AttendanceBody = z.strictObject({
  contactId: z.uuid({ error: e.unknownContact }),
  isPresent: z.boolean(),
});
export const CrisisMessageBody = z.strictObject({
  audience: text(200),
  subject: text(200),
  body: text(8000),
});
export const MessageParams = z.strictObject({ id: z.uuid(), messageId: IdSchema });
/** POST /incidents/:id/activate: how many were alerted. */
export const ActivationResult = z.object({ alerted: z.number() });
/** POST /incidents/:id/messages/:messageId/send: how many CKS contacts it went to. */
export const SendResult = z.object({ recipients: z.number() });

export const OutboxMessageView = z.object({
  id: z.uuid(),
  incidentId: z.uuid().nullable(),
  channel: z.enum(['email', 'sms']),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  lastError: z.string().nullable(),
  sentAt: timestamp.nullable(),
  createdAt: timestamp,
});
/** The Udbakke, newest first, a page at a time; `notSent` counts the whole box, not the page. */
export const OutboxListQuery = z.strictObject({
  ...pagedQuery(['created'] as const, { dir: 'desc' }),
  status: z.enum(MESSAGE_STATUSES, { error: v.invalidValue }).optional(),
});
export const OutboxView = z.object({
  messages: z.array(OutboxMessageView),
  total: Total,
  notSent: Total,
  smtpConfigured: z.boolean(),
});
