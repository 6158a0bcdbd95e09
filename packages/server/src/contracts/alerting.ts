// The beredskab API's schemas and the named types of its requests and answers, for the web app
// (which imports types only). The schemas live in modules/alerting/contract/.
import type { z } from 'zod';
import type * as aliveContract from '../modules/alerting/contract/alive.ts';
import type * as contactsContract from '../modules/alerting/contract/contacts.ts';
import type * as incidentsContract from '../modules/alerting/contract/incidents.ts';
import type * as sharedContract from '../modules/alerting/contract/shared.ts';

export * from '../modules/alerting/contract/alive.ts';
export * from '../modules/alerting/contract/contacts.ts';
export * from '../modules/alerting/contract/incidents.ts';
export * from '../modules/alerting/contract/shared.ts';

export type Level = (typeof sharedContract.LEVELS)[number];
export type MessageStatus = (typeof sharedContract.MESSAGE_STATUSES)[number];

// What the server answers.
export type ActionCard = z.output<typeof contactsContract.ActionCard>;
export type Contact = z.output<typeof contactsContract.ContactView>;
export type Contacts = z.output<typeof contactsContract.ContactList>;
export type Shift = z.output<typeof contactsContract.ShiftView>;
export type Shifts = z.output<typeof contactsContract.ShiftList>;
export type Settings = z.output<typeof contactsContract.SettingsView>;
export type Incident = z.output<typeof incidentsContract.IncidentView>;
export type IncidentStatus = Incident['status'];
export type Incidents = z.output<typeof incidentsContract.IncidentList>;
export type Alert = z.output<typeof incidentsContract.AlertView>;
export type LogEntry = z.output<typeof incidentsContract.LogEntryView>;
export type Meeting = z.output<typeof incidentsContract.MeetingView>;
export type CrisisMessage = z.output<typeof incidentsContract.CrisisMessageView>;
export type IncidentDetail = z.output<typeof incidentsContract.IncidentDetail>;
export type Activation = z.output<typeof incidentsContract.ActivationResult>;
export type CrisisMessageSent = z.output<typeof incidentsContract.SendResult>;
export type OutboxMessage = z.output<typeof incidentsContract.OutboxMessageView>;
export type Outbox = z.output<typeof incidentsContract.OutboxView>;
export type AlertingStatus = z.output<typeof aliveContract.AlertingStatus>;
export type ChannelStatus = z.output<typeof aliveContract.ChannelStatus>;
export type ChannelState = ChannelStatus['state'];
export type RotaGaps = z.output<typeof aliveContract.RotaGapsView>;
export type GapRange = RotaGaps['ranges'][number];
export type AlertingHealth = z.output<typeof aliveContract.AlertingHealth>;

// What a client sends (before the server's defaults and trimming).
export type ContactRequest = z.input<typeof contactsContract.ContactBody>;
export type ContactUpdateRequest = z.input<typeof contactsContract.ContactUpdateBody>;
export type ShiftRequest = z.input<typeof contactsContract.ShiftBody>;
export type SettingsRequest = z.input<typeof contactsContract.SettingsBody>;
export type RaiseIncidentRequest = z.input<typeof incidentsContract.RaiseIncidentBody>;
export type LogRequest = z.input<typeof incidentsContract.LogBody>;
export type MeetingRequest = z.input<typeof incidentsContract.MeetingBody>;
export type AttendanceRequest = z.input<typeof incidentsContract.AttendanceBody>;
export type CrisisMessageRequest = z.input<typeof incidentsContract.CrisisMessageBody>;
