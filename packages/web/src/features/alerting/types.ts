/** Shapes of the beredskab API (see packages/server/src/modules/alerting/contract.ts). */
export type ContactGroup = 'ssp_chief' | 'ssp_fu' | 'ssp_board' | 'boligsocial_board' | 'cks';
export type Level = 'red' | 'yellow';
export type IncidentStatus = 'raised' | 'activated' | 'closed';
export type MessageStatus = 'queued' | 'sent' | 'not_sent' | 'failed';

export type ActionCard = {
  keptCurrentBy: string;
  procedure: string[];
  levels: Array<{ level: Level; description: string; examples: string[] }>;
  organisations: Array<{ id: string; name: string }>;
  seats: Array<{ group: ContactGroup; organisations: string[] }>;
  minMeetingNoticeMinutes: number;
};

export type Contact = {
  id: string;
  organisationId: string;
  organisationName: string;
  group: ContactGroup;
  roleTitle: string;
  fullName: string;
  email: string;
  phone: string | null;
  deputyId: string | null;
  isActive: boolean;
  lastConfirmedAt: string | null;
};

export type ContactInput = Omit<Contact, 'id' | 'organisationName' | 'lastConfirmedAt'>;

export type Shift = {
  id: string;
  contactId: string;
  fullName: string;
  startsAt: string;
  endsAt: string;
  isNow: boolean;
};

export type Settings = {
  escalationSeconds: number;
  ackValidHours: number;
  smtpConfigured: boolean;
  smsConfigured: boolean;
};

export type Incident = {
  id: string;
  level: Level;
  category: string;
  description: string;
  location: string;
  areaSlug: string | null;
  occurredAt: string;
  raisedBy: string;
  status: IncidentStatus;
  activatedAt: string | null;
  closedAt: string | null;
  createdAt: string;
};

export type AlertRow = {
  id: string;
  contactId: string;
  fullName: string;
  organisationName: string;
  stage: Exclude<ContactGroup, 'cks'>;
  reason: 'initial' | 'deputy' | 'next_level';
  escalatedFromId: string | null;
  emailStatus: MessageStatus | null;
  acknowledgedAt: string | null;
  escalatedAt: string | null;
  alertedAt: string;
};

export type LogEntry = {
  id: string;
  kind: 'system' | 'update' | 'decision';
  text: string;
  actor: string;
  at: string;
};

export type Meeting = {
  id: string;
  startsAt: string;
  url: string;
  convenedBy: string;
  attendance: Array<{ contactId: string; fullName: string; isPresent: boolean }>;
};

export type CrisisMessage = {
  id: string;
  audience: string;
  subject: string;
  body: string;
  draftedBy: string;
  approvedBy: string | null;
  approvedAt: string | null;
  sentAt: string | null;
};

export type IncidentDetail = {
  incident: Incident;
  alerts: AlertRow[];
  log: LogEntry[];
  meetings: Meeting[];
  crisisMessages: CrisisMessage[];
};

export type OutboxMessage = {
  id: string;
  incidentId: string | null;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  body: string;
  status: MessageStatus;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
};
